import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery } from './text-search';

describe('foldText / matchesQuery', () => {
  it.each([
    ['Xã Vũ Lễ', 'vu le', true],
    ['Xã Vũ Lễ', 'VŨ LỄ', true],
    ['Xã Vũ Lễ', 'le vu', true],
    ['Xã Đông Xá', 'dong xa', true],
    ['Xã Đông Xá', 'đông', true],
    ['Xã Vũ Lễ', 'vu lac', false],
    ['Xã Thụy Ninh', 'thuy  ninh', true],
    ['Xã An Ninh', '', true],
  ] as const)('%s matches %j: %s', (name, query, expected) => {
    expect(matchesQuery(foldText(name), query)).toBe(expected);
  });

  it('folds composed and decomposed forms alike', () => {
    expect(foldText('Vũ Lễ'.normalize('NFD'))).toBe(foldText('Vũ Lễ'.normalize('NFC')));
    expect(foldText('Vũ Lễ')).toBe('vu le');
  });
});
