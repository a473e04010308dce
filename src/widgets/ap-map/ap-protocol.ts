/**
 * What the page and the map's worker say to each other (plain, structured-clone-safe data).
 */
import { SpbeError, type SpbeIssue } from '../../core/errors.js';
import type { Aggregate, Area, PointsResult } from './ap-areas.js';
import type { Bounds } from './ap-layout.js';

export interface LoadRequest {
  /** CSV text, JSON text, or parsed JSON. */
  csv?: string;
  text?: string;
  json?: unknown;
  /** The text came before in `piece` messages: it is the CSV (`csv`) or the JSON text (`text`). */
  pieces?: 'csv' | 'text';
  /** The JSON path of the points in a document (`network.accessPoints`), for messages. */
  base?: string;
  url?: string;
  /** The response's content type (an HTML error page is told apart). */
  type?: string;
  areas?: Area[];
  /** The map's size when it asked, for the cluster levels. */
  viewport: [number, number];
  mask: number;
}

export type LoadReply =
  | { kind: 'document'; json: unknown }
  | {
      kind: 'points';
      result: PointsResult;
      aggregate?: Aggregate;
      bounds: Bounds;
      minZoom: number;
      maxZoom: number;
      meta: PointsMeta;
      /** Milliseconds spent parsing, putting points in areas and building the cluster index. */
      timings: { parse: number; aggregate: number; index: number };
    };

/** What a FeatureCollection says of itself at its top (`name`, `description`, `synthetic`). */
export interface PointsMeta {
  title?: string;
  description?: string;
  synthetic?: boolean;
}

/** An SpbeError as plain data, to cross from the worker. */
export interface ErrorData {
  kind: SpbeError['kind'];
  url?: string;
  status?: number;
  issues: readonly SpbeIssue[];
  params: Record<string, string | number>;
}
export const errorData = (e: SpbeError): ErrorData => ({ kind: e.kind, url: e.url, status: e.status, issues: e.issues, params: { ...e.params } });
export const fromErrorData = (d: ErrorData) => new SpbeError(d.kind, { url: d.url, status: d.status, issues: d.issues, params: d.params });

