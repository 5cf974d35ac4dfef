import { openDatabase } from '../../data/database';
import { conversationWrite } from '../../data/durability';

describe('synchronous level by family of tables', () => {
  it('runs FULL, lowers it to NORMAL for a conversation write only, then restores it', () => {
    const db = openDatabase(':memory:');
    const level = () => db.pragma('synchronous', { simple: true });
    expect(level()).toBe(2);
    expect(conversationWrite(db, () => level())).toBe(1);
    expect(level()).toBe(2);
    expect(() => conversationWrite(db, () => { throw new Error('write refused'); })).toThrow('write refused');
    expect(level()).toBe(2);
  });

  it('leaves the level of an enclosing transaction alone', () => {
    const db = openDatabase(':memory:');
    const inside = db.transaction(() => conversationWrite(db, () => db.pragma('synchronous', { simple: true })));
    expect(inside()).toBe(2);
  });
});
