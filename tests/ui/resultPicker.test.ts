import { describe, expect, it } from 'vitest';
import { pickedAfterTick, pickedFrom, pickedWhenChosen } from '../../src/ui/comparison/ResultPicker';

describe('result picker selection', () => {
  it('builds each tick on the one before, even before the caller has stored it (werkplaats)', () => {
    let s = pickedFrom([]);
    s = pickedAfterTick(s, 'an-a', true);
    s = pickedAfterTick(s, 'an-b', true); // before ['an-a'] came back
    expect(s.shown).toEqual(['an-a', 'an-b']);
    s = pickedWhenChosen(s, ['an-a']); // the first write comes back: the second tick stays shown
    expect(s.shown).toEqual(['an-a', 'an-b']);
    s = pickedWhenChosen(s, ['an-a', 'an-b']);
    expect(s).toEqual({ seen: 'an-a,an-b', shown: ['an-a', 'an-b'], pending: [] });
  });

  it('follows the caller at once when it changes straight away (compare page address)', () => {
    let s = pickedAfterTick(pickedFrom(['an-a']), 'an-b', true);
    s = pickedWhenChosen(s, ['an-a', 'an-b']);
    s = pickedAfterTick(s, 'an-a', false);
    s = pickedWhenChosen(s, ['an-b']);
    expect(s).toEqual({ seen: 'an-b', shown: ['an-b'], pending: [] });
  });

  it('shows a change from elsewhere (another tab, a reload) as it is', () => {
    let s = pickedAfterTick(pickedFrom([]), 'an-a', true);
    s = pickedWhenChosen(s, ['an-c']);
    expect(s).toEqual({ seen: 'an-c', shown: ['an-c'], pending: [] });
  });

  it('never lists a result twice and keeps results that are not on this page (or device)', () => {
    let s = pickedFrom(['an-gone', 'an-a']);
    s = pickedAfterTick(s, 'an-a', true);
    expect(s.shown).toEqual(['an-gone', 'an-a']);
    s = pickedAfterTick(s, 'an-a', false);
    expect(s.shown).toEqual(['an-gone']);
  });
});
