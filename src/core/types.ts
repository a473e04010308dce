/**
 * The SPBE data contract, version 1. The JSON Schema twin of these types is
 * `schema/spbe-data.v1.schema.json`; `parseSpbeDocument()` turns unknown JSON into {@link SpbeData}.
 */

/** A text in one language, or a map from language code (`id`, `en`) to text. */
export type Text = string | Readonly<Record<string, string>>;

/** Languages the widgets speak. Indonesian is the default. */
export type Lang = 'id' | 'en';

/** A predikat band: it covers `[min, next band's min)`, the last one up to the scale's max inclusive. */
export interface FrameworkBand {
  id: string;
  label: Text;
  /** Lower bound, inclusive. */
  min: number;
}

export interface FrameworkDomain {
  id: string;
  label: Text;
  /** Short label for axes and legends. */
  short?: Text;
  /** Weight in % of the whole index. */
  weight: number;
  /** Ids of the aspects in this domain. */
  aspects: string[];
}

export interface FrameworkAspect {
  id: string;
  /** Optional: the built-in preset keeps its aspect names in a module of their own (see `labelOf`). */
  label?: Text;
  short?: Text;
  /** Id of the domain this aspect belongs to. */
  domain: string;
  /** Weight in % of the whole index. */
  weight: number;
  /** Ids of the indicators in this aspect. */
  indicators: string[];
}

export interface FrameworkIndicator {
  id: string;
  /** Optional: the built-in preset keeps its indicator names in a module of their own (see `labelOf`). */
  label?: Text;
  aspect: string;
  /** Weight in % of the whole index. */
  weight: number;
}

/**
 * An evaluation framework: the scale, the predikat bands and the weighted tree
 * domain > aspect > indicator. Built-in presets are named by id; a document may give its own.
 */
export interface Framework {
  id: string;
  label: Text;
  /**
   * The index's name in the widgets' titles and accessible names ("Indeks SPBE"; a successor's
   * "Indeks Pemerintah Digital"). Without it, `label`.
   */
  index?: Text;
  source?: string;
  scale: { min: number; max: number };
  /** Ascending by `min`; the first starts at `scale.min`. */
  bands: FrameworkBand[];
  domains: FrameworkDomain[];
  aspects: FrameworkAspect[];
  indicators: FrameworkIndicator[];
}

export interface Instansi {
  name: string;
  code?: string;
  kind?: string;
  province?: string;
}

/** Where a value comes from. */
export type Origin = 'given' | 'domains' | 'aspects' | 'indicators';

/** One year's result, completed: every level that can be computed from the data has been. */
export interface Evaluation {
  year: number;
  /** The index as published, or computed (unrounded) when the data had only parts. */
  index: number;
  /** The unrounded index where it could be computed from the parts, else `index`. The predikat follows it. */
  indexExact: number;
  indexOrigin: Origin;
  /**
   * The band of `indexExact`; at a band's edge, that of the published (rounded) `index` where the
   * official predikat names it (2023's 1,7963 published as 1,80 Cukup).
   */
  band: FrameworkBand;
  /** The official predikat as given in the data, if any; shown as given. */
  predikat?: string;
  domains: Record<string, number>;
  aspects: Record<string, number>;
  indicators: Record<string, number>;
  source?: string;
  note?: string;
}

export interface Target {
  year: number;
  value: number;
  label?: string;
  source?: string;
  note?: string;
}

export interface ComparisonEvaluation {
  year: number;
  index?: number;
  domains: Record<string, number>;
  source?: string;
  note?: string;
}

export interface Comparison {
  id: string;
  label: string;
  evaluations: ComparisonEvaluation[];
  source?: string;
}

/** A validated, completed data document. */
export interface SpbeData {
  instansi: Instansi;
  framework: Framework;
  /** Ascending by year, one per year. */
  evaluations: Evaluation[];
  targets: Target[];
  comparisons: Comparison[];
  source?: string;
  note?: string;
}

/** The document as written in JSON (version 1). Unknown extra fields are allowed. */
export interface SpbeDocumentInput {
  $schema?: string;
  instansi: Instansi;
  framework?: string | Framework;
  evaluations: Array<{
    year: number;
    index?: number;
    predikat?: string;
    domains?: Record<string, number>;
    aspects?: Record<string, number>;
    indicators?: Record<string, number>;
    source?: string;
    note?: string;
  }>;
  targets?: Target[];
  comparisons?: Array<{ id: string; label: string; source?: string; evaluations: Array<{ year: number; index?: number; domains?: Record<string, number>; source?: string; note?: string }> }>;
  source?: string;
  note?: string;
  /** Public internet access points, read by `<spbe-ap-map>` (the other widgets ignore it). */
  network?: NetworkInput;
}

/** The data document's `network` block: points and areas inline or as URLs relative to the document. */
export interface NetworkInput {
  /** GeoJSON Points, rows `{ lat, lon, name, status, bandwidth_mbps, kelurahan, kecamatan }`, or a URL (GeoJSON or CSV). */
  accessPoints: string | unknown[] | { type: 'FeatureCollection' | 'Feature' };
  /** GeoJSON or TopoJSON areas, or a URL. */
  areas?: string | { type: 'FeatureCollection' | 'Topology' };
  /** The total the instansi reports, in Mbps (shown beside the points' sum when they differ). */
  bandwidthMbps?: number;
  source?: string;
  description?: string;
  /** The points are made up (demo data): the map says so. */
  synthetic?: boolean;
}
