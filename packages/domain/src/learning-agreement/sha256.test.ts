import { describe, expect, it } from 'vitest';
import { canonicalJson, proposalHash } from './proposal-hash';
import { sha256Hex } from './sha256';

// Expected digests from a reference implementation (OpenSSL via Node/Python), including the
// padding edge at 55/56 bytes and characters outside the Basic Multilingual Plane.
describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'Łukasz Żółć, Ağça Şen, Søren Ødegård, Ελένη 🎓',
      '19ef29b98db65c5c0cba32b94a5fab35cb35aaf6626cf017b9283b5c0f582aca',
    ],
    ['x'.repeat(55), 'd5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072'],
    ['y'.repeat(56), '4877e564e5e36e367c7c8d59670774becd3350610b6df4c399c9fa9b66da5813'],
    ['z'.repeat(1000), '950f88b09cf1d5e2cdbc5660c77dce3962265c548797950095629a0ea2daea46'],
  ])('hashes %j like the reference', (text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });
});

describe('proposal hash', () => {
  it('ignores key order and changes with any content change', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(proposalHash({ a: 1, b: 2 })).toBe(proposalHash({ b: 2, a: 1 }));
    expect(proposalHash({ a: 1, b: 2 })).not.toBe(proposalHash({ a: 1, b: 3 }));
  });
});
