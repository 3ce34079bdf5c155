import { describe, expect, it } from 'vitest';
import { foldText, matchesQuery, rankName, RANK, searchItems, searchName, searchQuery } from './text-search';

const rank = (name: string, query: string) => rankName(searchName(name), searchQuery(query)!);

describe('foldText', () => {
  it('folds composed and decomposed forms alike', () => {
    expect(foldText('Vũ Lễ'.normalize('NFD'))).toBe(foldText('Vũ Lễ'.normalize('NFC')));
    expect(foldText('Vũ Lễ')).toBe('vu le');
    expect(foldText('  ĐÔNG   Xá ')).toBe('dong xa');
  });
});

describe('a name matches when the words typed start consecutive words of it, in order', () => {
  it.each([
    ['Xã Vũ Lễ', 'vu le', RANK.exact],
    ['Xã Vũ Lễ', 'VŨ LỄ', RANK.exact],
    ['Xã Vũ Lễ', 'vule', RANK.exact], // spaces optional
    ['Xã Vũ Lễ', 'vu', RANK.start],
    ['Xã Vũ Lễ', 'le', RANK.within],
    ['Xã Vũ Lễ', 'le vu', null], // order counts
    ['Xã Vũ Lễ', 'vu lac', null],
    ['Xã Đông Xá', 'dong xa', RANK.exact],
    ['Xã Đông Xá', 'đông', RANK.start],
    ['Xã Đông Hòa', 'dong xa', null], // "xa" is the unit word, not typed on its own
    ['Xã Thụy Ninh', 'thuy  ninh', RANK.exact],
    ['Xã Vũ Lễ', 'xa vu le', RANK.exact], // the unit word counts when typed
    ['Thị trấn Vũ Thư', 'thi tran', RANK.start],
    ['Trà thảo mộc cà gai leo Vũ Hội', 'vu le', null], // "le" must follow "vu" directly
    ['Trà thảo mộc cà gai leo Vũ Hội', 'gai leo', RANK.within],
    ['Trà thảo mộc cà gai leo Vũ Hội', 'tra thao', RANK.start],
    ['Bánh cáy làng Nguyễn', 'banhcay', RANK.start],
  ] as const)('%s for %j → %s', (name, query, expected) => {
    expect(rank(name, query)).toBe(expected);
  });

  it('matches everything with an empty query', () => {
    expect(searchQuery('   ')).toBeNull();
    expect(matchesQuery(searchName('Xã An Ninh'), '')).toBe(true);
    expect(matchesQuery(searchName('Xã An Ninh'), 'ninh')).toBe(true);
    expect(matchesQuery(searchName('Xã An Ninh'), 'nin an')).toBe(false);
  });
});

describe('searchItems ranks exact names, then names that start with the query, then the rest', () => {
  const communes = ['Xã Đông Hòa', 'Xã Hồng Xá', 'Xã Nguyên Xá', 'Xã Đông Xá Mới', 'Xã Đông Xá', 'Xã Xuân Đông'];
  it('puts "Đông Xá" first for "dong xa", and keeps the order of equal ranks', () => {
    expect(searchItems(communes, 'dong xa', (c) => [searchName(c)])).toEqual(['Xã Đông Xá', 'Xã Đông Xá Mới']);
    expect(searchItems(communes, 'xa', (c) => [searchName(c)])).toEqual([
      'Xã Đông Hòa', // unit word typed on its own: every "Xã …" starts with it
      'Xã Hồng Xá',
      'Xã Nguyên Xá',
      'Xã Đông Xá Mới',
      'Xã Đông Xá',
      'Xã Xuân Đông',
    ]);
    expect(searchItems(communes, 'xuan', (c) => [searchName(c)])).toEqual(['Xã Xuân Đông']);
  });
  it('ranks a match in a later name (subject, commune) after any match in the first', () => {
    const products = [
      { name: 'Rượu nếp Vũ Lễ', commune: 'Xã Vũ Lễ' },
      { name: 'Trà cà gai leo Vũ Hội', commune: 'Xã Vũ Hội' },
      { name: 'Bánh đa', commune: 'Xã Vũ Lễ' },
    ];
    const found = searchItems(products, 'vu le', (p) => [searchName(p.name), searchName(p.commune)]);
    expect(found.map((p) => p.name)).toEqual(['Rượu nếp Vũ Lễ', 'Bánh đa']);
  });
});
