import { expect } from '@open-wc/testing';
import { isTimeZone, wallTimeToUtc, zoneOffsetMinutes } from '../src/model/time-zone.js';

const utc = (text: string) => Date.parse(text);

describe('time zones through Intl', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('UTC')).to.equal(true);
    expect(isTimeZone('Asia/Tokyo')).to.equal(true);
    expect(isTimeZone('Europe/Paris')).to.equal(true);
    expect(isTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isTimeZone('')).to.equal(false);
  });

  it("gives a zone's offset at an instant, summer time included", () => {
    expect(zoneOffsetMinutes('Asia/Tokyo', utc('2023-05-03T14:05:00Z'))).to.equal(540);
    expect(zoneOffsetMinutes('Europe/Paris', utc('2023-01-15T12:00:00Z'))).to.equal(60);
    expect(zoneOffsetMinutes('Europe/Paris', utc('2023-07-15T12:00:00Z'))).to.equal(120);
    expect(zoneOffsetMinutes('Asia/Kolkata', utc('2023-07-15T12:00:00Z'))).to.equal(330);
    expect(zoneOffsetMinutes('America/New_York', utc('2023-07-11T12:00:00Z'))).to.equal(-240);
    expect(zoneOffsetMinutes('UTC', utc('2023-07-11T12:00:00Z'))).to.equal(0);
  });

  it('turns a wall-clock time in a zone into the instant it stands for', () => {
    expect(wallTimeToUtc('Asia/Tokyo', utc('2023-05-03T23:05:00Z'))).to.equal(utc('2023-05-03T14:05:00Z'));
    expect(wallTimeToUtc('Europe/Vilnius', utc('2023-07-11T10:00:00Z'))).to.equal(utc('2023-07-11T07:00:00Z'));
    expect(wallTimeToUtc('UTC', utc('2023-07-11T10:00:00Z'))).to.equal(utc('2023-07-11T10:00:00Z'));
  });

  it('takes the earlier instant in an overlap and the one after in a gap', () => {
    // Paris, 29 October 2023: 02:30 happens twice (at 00:30 and 01:30 UTC).
    expect(wallTimeToUtc('Europe/Paris', utc('2023-10-29T02:30:00Z'))).to.equal(utc('2023-10-29T00:30:00Z'));
    // Paris, 26 March 2023: 02:30 never happens; 03:30 local is 01:30 UTC.
    const gap = wallTimeToUtc('Europe/Paris', utc('2023-03-26T02:30:00Z'));
    expect(gap).to.be.within(utc('2023-03-26T00:30:00Z'), utc('2023-03-26T01:30:00Z'));
  });

  it('changes offset on the minute clocks change, minute by minute around it', () => {
    // Paris: +01:00 to +02:00 at 01:00 UTC on 26 March 2023, back at 01:00 UTC on 29 October.
    for (const [day, before, after] of [
      ['2023-03-26', 60, 120],
      ['2023-10-29', 120, 60],
    ] as const) {
      for (let minute = -90; minute < 90; minute++) {
        const at = utc(`${day}T01:00:00Z`) + minute * 60_000 + 30_000;
        expect(zoneOffsetMinutes('Europe/Paris', at), `${day} ${minute} min`).to.equal(minute < 0 ? before : after);
      }
    }
    // Lord Howe Island moves by half an hour (+10:30 to +11:00) at 15:30 UTC on 30 September 2023 (2:00 there on 1 October).
    expect(zoneOffsetMinutes('Australia/Lord_Howe', utc('2023-09-30T15:29:00Z'))).to.equal(630);
    expect(zoneOffsetMinutes('Australia/Lord_Howe', utc('2023-09-30T15:30:00Z'))).to.equal(660);
  });
});
