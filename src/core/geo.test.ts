import { expect } from '@open-wc/testing';
import { distanceInWords, distanceMiles, isValidPostcode, normalisePostcode } from './geo.js';

describe('distance', () => {
  it('measures London to Manchester as about 163 miles', () => {
    const miles = distanceMiles({ latitude: 51.5072, longitude: -0.1276 }, { latitude: 53.4808, longitude: -2.2426 });
    expect(miles).to.be.within(160, 166);
  });

  it('is zero for the same point and symmetric', () => {
    const a = { latitude: 53.8175, longitude: -3.0357 };
    const b = { latitude: 53.8, longitude: -3.05 };
    expect(distanceMiles(a, a)).to.equal(0);
    expect(distanceMiles(a, b)).to.be.closeTo(distanceMiles(b, a), 1e-9);
  });

  it('words distances with one decimal place under 10 miles', () => {
    expect(distanceInWords(0.44)).to.equal('0.4 miles');
    expect(distanceInWords(1.02)).to.equal('1 mile');
    expect(distanceInWords(12.6)).to.equal('13 miles');
  });
});

describe('postcodes', () => {
  it('normalises case and spacing', () => {
    expect(normalisePostcode('sw1a1aa')).to.equal('SW1A 1AA');
    expect(normalisePostcode('  FY1   3AH ')).to.equal('FY1 3AH');
    expect(normalisePostcode('m11ae')).to.equal('M1 1AE');
  });

  it('mends a letter O typed for zero in the inward code', () => {
    expect(normalisePostcode('FY1 OAA')).to.equal('FY1 0AA');
  });

  it('rejects things that are not postcodes', () => {
    for (const bad of ['', 'hello', '12345', 'FY1', 'FY1 3A', 'QQ1 1AA', 'SW1A 1AAA']) {
      expect(isValidPostcode(bad), bad).to.equal(false);
    }
  });
});
