import { describe, expect, it } from 'vitest';
import { compareQuantities, parseQuantity } from '../constructs/k8s/quantity';
import { checkQuantity } from '../constructs/core/validation';
import { checkResources } from '../constructs/k8s/resources';

// Expected values are written out by hand from the Kubernetes quantity grammar
// (k8s.io/apimachinery/pkg/api/resource), not computed by the code under test.
describe('the Kubernetes quantity grammar', () => {
  it.each([
    ['0', 0], ['1', 1], ['+1', 1], ['1.5', 1.5], ['1.', 1], ['.5', 0.5], ['250m', 0.25], ['100m', 0.1],
    ['5n', 5e-9], ['5u', 5e-6], ['2k', 2000], ['3M', 3_000_000], ['1G', 1_000_000_000], ['1T', 1e12], ['1P', 1e15], ['1E', 1e18],
    ['1Ki', 1024], ['128Mi', 134_217_728], ['1Gi', 1_073_741_824], ['1.5Gi', 1_610_612_736], ['1Ti', 1_099_511_627_776],
    ['1e3', 1000], ['1E3', 1000], ['1e+3', 1000], ['15e-1', 1.5], ['0.5e1', 5],
  ])('accepts %s as %d', (text, value) => {
    expect(parseQuantity(text)?.value).toBe(value);
    expect(parseQuantity(text)?.negative).toBe(false);
  });

  it.each([
    '', ' ', '1.2.3', '1..2', '.', '+', '-', 'm', 'Mi', '1 Gi', ' 1', '1 ', '1gi', '1mi', '1KI', '1K', '1b', '1Gib',
    '1e', '1e+', '1e1.5', '1ee3', '0x10', '1_000', '1,5', 'lots', '--1', '+-1', '1Mi1', 'Infinity', 'NaN',
  ])('refuses %j', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });

  it('reads a leading minus as a negative amount', () => {
    expect(parseQuantity('-100m')).toMatchObject({ value: -0.1, negative: true });
    expect(parseQuantity('-0')).toMatchObject({ value: -0, negative: false });
  });

  it('compares quantities by value, across suffixes', () => {
    const q = (text: string) => parseQuantity(text)!;
    expect(compareQuantities(q('100m'), q('0.1'))).toBe(0);
    expect(compareQuantities(q('1Gi'), q('1024Mi'))).toBe(0);
    expect(compareQuantities(q('1G'), q('1Gi'))).toBe(-1);
    expect(compareQuantities(q('2'), q('1500m'))).toBe(1);
    expect(compareQuantities(q('1e3'), q('1k'))).toBe(0);
  });
});

describe('checkQuantity', () => {
  it('returns a quantity it accepts unchanged', () => {
    expect(checkQuantity('site/x', 'size', '10Gi')).toBe('10Gi');
  });

  it('refuses text outside the grammar, naming place, field and value', () => {
    expect(() => checkQuantity('site/x', 'storage.size', '1.2.3')).toThrow(
      'site/x: storage.size "1.2.3" is invalid: a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi');
  });

  it('refuses a negative amount', () => {
    expect(() => checkQuantity('site/x', 'resources.requests.cpu', '-100m')).toThrow(
      'site/x: resources.requests.cpu "-100m" is invalid: an amount must not be negative');
  });
});

describe('checkResources', () => {
  const ok = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } };

  it('accepts requests at or below their limits, and a missing CPU limit', () => {
    expect(checkResources('site/x', 'resources', ok)).toBe(ok);
    expect(() => checkResources('site/x', 'resources', { requests: { cpu: '0.5', memory: '1Gi' }, limits: { cpu: '500m', memory: '1024Mi' } })).not.toThrow();
    expect(() => checkResources('site/x', 'resources', { requests: { cpu: '4', memory: '1Gi' }, limits: { memory: '1Gi' } })).not.toThrow();
  });

  it('refuses a memory request above its limit', () => {
    expect(() => checkResources('site/x', 'resources', { ...ok, requests: { cpu: '100m', memory: '1Gi' } })).toThrow(
      'site/x: resources.requests.memory "1Gi" is invalid: a request must not exceed its limit (limits.memory is 256Mi)');
  });

  it('refuses a CPU request above its limit, across units', () => {
    expect(() => checkResources('site/x', 'resources', { ...ok, requests: { cpu: '1', memory: '128Mi' } })).toThrow(
      'site/x: resources.requests.cpu "1" is invalid: a request must not exceed its limit (limits.cpu is 500m)');
  });

  it('refuses a negative request or limit', () => {
    expect(() => checkResources('site/x', 'resources', { ...ok, limits: { cpu: '-1', memory: '256Mi' } })).toThrow(
      'site/x: resources.limits.cpu "-1" is invalid: an amount must not be negative');
  });
});
