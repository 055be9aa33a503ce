/**
 * Shapes of the sample catalogue: post templates (the Anjab/ABK side) and the profile of the people
 * who hold them (education, career ladder, age), used by the sample generator only.
 */
import type { EducationLevel, Golongan, PositionType, UnitKind } from '../../src/core/positions';

/** One task of a post: its share of the post's workload decides its yearly volume. */
export interface TaskTemplate {
  id: string;
  name: string;
  output: string;
  normMinutes: number;
  /** Share of the post's workload (shares of a post add up to 1). */
  share: number;
}

export interface EducationOption {
  level: EducationLevel;
  field: string;
  weight: number;
}

/** Where a person may have worked before: a field whose outside units are drawn for the history. */
export type HistoryField = 'pemerintahan' | 'kesehatan' | 'pendidikan';

export interface PostTemplate {
  key: string;
  title: string;
  positionType: PositionType;
  family: string;
  field: HistoryField;
  minEducation: EducationLevel;
  educationFields: string[];
  tasks: TaskTemplate[];
  /** Education of the people who hold the post. */
  education: EducationOption[];
  /** Golongan bounds for structural posts; highest golongan reachable for functional ones. */
  minRank?: Golongan;
  maxRank?: Golongan;
  /** Age range (whole years at asOf) of incumbents who are not about to retire. */
  age: [number, number];
  /** Share of incumbents who are PPPK rather than PNS. */
  pppkShare: number;
  competences: string[];
  /** Titles held before, junior first; structural posts walk up this ladder. */
  pastTitles: string[];
  /** Structural posts: history follows the ladder of pastTitles in order. */
  ladder?: boolean;
}

/** A post as staffed in one unit of the Nanggalo pattern. */
export interface PostPlan {
  template: PostTemplate;
  /** Headcount today. */
  headcount: number;
  /** Target EJ when staffed; when headcount is 0 this is the need in FTE of the vacant post. */
  ej: number;
  /** How many of the incumbents retire in 2027-2029. */
  retiring: number;
}

export interface UnitPlan {
  /** Role of the unit inside a kecamatan, used for the ids of replicas: 'camat', 'lurah-3', 'sd-2'. */
  role: string;
  /** Id, name and code of the real Nanggalo unit (replica 0). */
  id: string;
  name: string;
  kind: UnitKind;
  code?: string;
  /** Name of the unit in a fictional kecamatan built on the same pattern. */
  replicaName: (place: ReplicaPlaces) => string;
  posts: PostPlan[];
}

/** Place names of a fictional kecamatan: its own name and its six kelurahan. */
export interface ReplicaPlaces {
  index: number;
  kecamatan: string;
  kelurahan: string[];
}
