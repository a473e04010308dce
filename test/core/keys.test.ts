import { expect } from '@open-wc/testing';
import { stepIndex } from '../../src/core/keys.js';

describe('stepIndex(key, i, n, wrap)', () => {
  it('arrows step by one and stop at the ends; Home and End jump', () => {
    expect(stepIndex('ArrowRight', 2, 4)).to.equal(3);
    expect(stepIndex('ArrowRight', 3, 4)).to.equal(3);
    expect(stepIndex('ArrowLeft', 0, 4)).to.equal(0);
    expect(stepIndex('ArrowUp', 1, 4)).to.equal(2);
    expect(stepIndex('ArrowDown', 1, 4)).to.equal(0);
    expect(stepIndex('Home', 3, 4)).to.equal(0);
    expect(stepIndex('End', 0, 4)).to.equal(3);
  });
  it('with wrap the ends meet, and down steps on, up back (a ring, clockwise)', () => {
    expect(stepIndex('ArrowRight', 3, 4, true)).to.equal(0);
    expect(stepIndex('ArrowLeft', 0, 4, true)).to.equal(3);
    expect(stepIndex('ArrowDown', 3, 4, true)).to.equal(0);
    expect(stepIndex('ArrowDown', 1, 4, true)).to.equal(2);
    expect(stepIndex('ArrowUp', 0, 4, true)).to.equal(3);
  });
  it('other keys: undefined', () => {
    expect(stepIndex('Enter', 1, 4)).to.equal(undefined);
    expect(stepIndex('a', 1, 4)).to.equal(undefined);
  });
});
