/**
 * One copy of each repeated text. A large agency's posts, parsed from their stored blocks, repeat the
 * same few hundred texts (task names, outputs, job families, education fields) tens of thousands of
 * times, one string each: at 45k posts, about 600,000 copies that every garbage collection of the
 * page marks (and a young one copies). Shared, they are the few hundred.
 */
import type { Post } from '../core/scenario/schema';

export class TextPool {
  private readonly texts = new Map<string, string>();

  /** The pool's copy of `text` (the first one given). */
  share<T extends string>(text: T): T {
    const known = this.texts.get(text);
    if (known !== undefined) return known as T;
    this.texts.set(text, text);
    return text;
  }

  /**
   * Replaces, in a post just parsed (no one else holds it yet), its repeated texts by the pool's
   * copies; the post's own id stays as it is.
   */
  sharePost(post: Post): Post {
    post.unitId = this.share(post.unitId);
    post.title = this.share(post.title);
    post.positionType = this.share(post.positionType);
    post.minEducation = this.share(post.minEducation);
    post.family = this.share(post.family);
    post.field = this.share(post.field);
    const fields = post.educationFields;
    for (let i = 0; i < fields.length; i++) fields[i] = this.share(fields[i]!);
    for (const task of post.tasks) {
      task.id = this.share(task.id);
      task.name = this.share(task.name);
      task.output = this.share(task.output);
    }
    return post;
  }
}
