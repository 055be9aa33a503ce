/**
 * A binary min-heap of node indices keyed by an external Float64Array (the tentative distances), with
 * decrease-key. All storage is preallocated; `clear` costs only the nodes still in the heap.
 */
export class NodeHeap {
  private readonly items: Int32Array;
  /** Position of each node in `items`, or -1 when the node is not in the heap. */
  private readonly position: Int32Array;
  private readonly key: Float64Array;
  size = 0;

  /** `key[v]` is read whenever node v is compared; lower it before calling `update(v)`. */
  constructor(capacity: number, key: Float64Array) {
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
    this.key = key;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.position[this.items[i]!] = -1;
    this.size = 0;
  }

  /** Inserts v, or restores the heap order after key[v] was lowered. */
  update(v: number): void {
    let i = this.position[v]!;
    if (i < 0) {
      i = this.size++;
      this.items[i] = v;
    }
    this.siftUp(i, v);
  }

  /** The node with the smallest key, without removing it (the heap must not be empty). */
  peek(): number {
    return this.items[0]!;
  }

  /** Removes and returns the node with the smallest key (the heap must not be empty). */
  pop(): number {
    const items = this.items, position = this.position, key = this.key;
    const top = items[0]!;
    position[top] = -1;
    const last = items[--this.size]!;
    if (this.size > 0) {
      const size = this.size, k = key[last]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && key[items[child + 1]!]! < key[items[child]!]!) child++;
        const c = items[child]!;
        if (key[c]! >= k) break;
        items[i] = c;
        position[c] = i;
        i = child;
      }
      items[i] = last;
      position[last] = i;
    }
    return top;
  }

  private siftUp(i: number, v: number): void {
    const items = this.items, position = this.position, key = this.key, k = key[v]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      if (key[p]! <= k) break;
      items[i] = p;
      position[p] = i;
      i = parent;
    }
    items[i] = v;
    position[v] = i;
  }
}
