import { describe, expect, it } from 'vitest';
import { englishPlaceKey, normalPlaceKey } from '../../src/entities/gazetteer.js';
import { englishOrgAlias } from '../../src/entities/organizations.js';

describe('English place keys', () => {
  it('reads a name with its suffix, its possessive, or both', () => {
    expect(englishPlaceKey('Sichuan Province')).toBe('sichuan');
    expect(englishPlaceKey("Chongqing's")).toBe('chongqing');
    expect(englishPlaceKey("Chongqing Municipality's")).toBe('chongqing');
    expect(englishPlaceKey('Tibet Autonomous Region')).toBe('tibet');
    expect(englishPlaceKey('Tibet Region')).toBe('tibet');
  });

  it('takes a suffix off only as a whole last word', () => {
    expect(normalPlaceKey('tibetregion')).toBeUndefined();
    expect(normalPlaceKey('autonomous region')).toBeUndefined();
    expect(normalPlaceKey(' region')).toBeUndefined();
    expect(normalPlaceKey("'s")).toBeUndefined();
  });
});

describe('English organization aliases', () => {
  it('reads a name with and without a leading article', () => {
    expect(englishOrgAlias('The Communist Party of China')).toBe('cpc');
    expect(englishOrgAlias('Communist Party of China')).toBe('cpc');
    expect(englishOrgAlias('Theory Institute')).toBeUndefined();
  });
});
