import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { indexDocument } from '../domain/document-index';
import { scopeLabel } from './scope-label';

const index = indexDocument(buildSmallDocument());

describe('the scope label', () => {
  it('is the whole province without a selection, else the selected names as a list', () => {
    expect(scopeLabel(index, [], 'vi')).toBe('Toàn tỉnh');
    expect(scopeLabel(index, [], 'en')).toBe('Whole province');
    expect(scopeLabel(index, ['A', 'B'], 'vi')).toBe('Huyện An và Huyện Bình');
    expect(scopeLabel(index, ['A', 'B'], 'en')).toBe('Huyện An and Huyện Bình');
    expect(scopeLabel(index, ['Z'], 'en')).toBe('Z');
  });
});
