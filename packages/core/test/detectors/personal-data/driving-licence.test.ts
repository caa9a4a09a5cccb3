import { describe, expect, it } from 'vitest';
import { drivingLicenceDetector } from '../../../src/detectors/personal-data/driving-licence.js';
import { confidenceOf, found } from './helpers.js';

describe('driving-licence', () => {
  it('finds DVLA numbers and checks their date fields', () => {
    // MORGA (surname), 7 (decade), 57 (July + 50: female), 05 (day), 3 (year), SM (initials), 9, IJ (check).
    expect(found(drivingLicenceDetector, 'Licence MORGA757053SM9IJ here')).toEqual(['MORGA757053SM9IJ']);
    expect(found(drivingLicenceDetector, 'Licence MORGA713053SM9IJ')).toEqual([]); // month 13
    expect(found(drivingLicenceDetector, 'Licence MORGA763053SM9IJ')).toEqual([]); // month 63
    expect(found(drivingLicenceDetector, 'Licence MORGA757353SM9IJ')).toEqual([]); // day 35
    expect(found(drivingLicenceDetector, 'Licence LI9A9757053SM9IJ')).toEqual([]); // a letter after the 9 padding
    expect(found(drivingLicenceDetector, 'Licence LI999757053S99IJ')).toEqual(['LI999757053S99IJ']);
  });

  it('finds other licence numbers only after licence words', () => {
    expect(found(drivingLicenceDetector, "my driver's license number is 2270-66-1551")).toEqual(['2270-66-1551']);
    expect(found(drivingLicenceDetector, "My driver's license is CA1234567, use it")).toEqual(['CA1234567']);
    expect(found(drivingLicenceDetector, 'ticket 2270-66-1551')).toEqual([]);
  });

  it('scores example licence numbers below 0.5', () => {
    expect(confidenceOf(drivingLicenceDetector, 'Your licence number looks like MORGA757053SM9IJ', 'MORGA757053SM9IJ')).toBeLessThan(0.5);
  });
});
