import type { Axis } from './units';

/*
 * Hand-written rather than d3-scale: d3-scale v4 (and its d3-array/d3-interpolate
 * dependencies) is published as ES modules only, and the plugin's server code compiles to
 * CommonJS, where `require('d3-scale')` throws ERR_REQUIRE_ESM on the Node versions we run.
 * The charts need only a linear map from zero and a rounded maximum, so a few tested lines
 * beat bundling tricks.
 */

/** Maps a value to a pixel position; the domain always starts at 0 so bar lengths stay honest. */
export interface LinearScale {
  (value: number): number;
  readonly domainMax: number;
  readonly rangeStart: number;
  readonly rangeLength: number;
}

export function linearScale(domainMax: number, rangeStart: number, rangeLength: number): LinearScale {
  if (!(domainMax > 0) || !Number.isFinite(domainMax)) {
    throw new RangeError(`linearScale: domain maximum must be a positive number, got ${domainMax}`);
  }
  const scale = (value: number): number => rangeStart + (value / domainMax) * rangeLength;
  return Object.assign(scale, { domainMax, rangeStart, rangeLength });
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ max: an axis end a reader can take in at a glance. */
export function niceMax(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    // The epsilon keeps 0.3 / 0.1 = 2.9999999999999996 from jumping to the next step.
    if (step * magnitude >= max * (1 - 1e-12)) return step * magnitude;
  }
  return 10 * magnitude;
}

/**
 * The axis maximum: percent axes end at 100 % (a share of a whole), and only reach further
 * for values above 100 (growth rates); count axes end at the next round number.
 */
export function axisMax(axis: Axis, values: readonly number[]): number {
  const max = Math.max(0, ...values);
  if (axis === 'percent') return max <= 100 ? 100 : niceMax(max);
  return niceMax(max);
}

/** Tick values: zero, the middle and the end, all a scale at 320 px has room to label. */
export function axisTicks(domainMax: number): number[] {
  return [0, domainMax / 2, domainMax];
}
