import type { Storage } from 'botbuilder';

/**
 * What every botbuilder `Storage` of ours must do, whatever the engine: the same cases run against
 * SQLite and PostgreSQL. `open()` gives an empty storage; `second()` another handle on the same data
 * (another process, for engines that have them).
 */
export function storageContract(engine: string, open: () => Promise<Storage>, second: () => Promise<Storage>): void {
  describe(`Storage contract (${engine})`, () => {
    it('reads back what it wrote, with a new eTag each write', async () => {
      const storage = await open();
      await storage.write({ 'emulator/conversations/c1': { dialogState: { stack: [] } } });
      const first = await storage.read(['emulator/conversations/c1', 'missing']);
      expect(Object.keys(first)).toEqual(['emulator/conversations/c1']);
      expect(first['emulator/conversations/c1'].dialogState).toEqual({ stack: [] });
      await storage.write({ 'emulator/conversations/c1': { ...first['emulator/conversations/c1'], n: 2 } });
      const second = await storage.read(['emulator/conversations/c1']);
      expect(second['emulator/conversations/c1'].n).toBe(2);
      expect(second['emulator/conversations/c1'].eTag).not.toBe(first['emulator/conversations/c1'].eTag);
    });

    it('refuses a write whose eTag is stale, and writes nothing of that batch; `*` writes', async () => {
      const storage = await open();
      await storage.write({ a: { v: 1 } });
      const stale = (await storage.read(['a'])).a;
      await storage.write({ a: { ...stale, v: 2 } });
      await expect(storage.write({ b: { v: 1 }, a: { ...stale, v: 3 } })).rejects.toThrow('eTag conflict on "a"');
      expect((await storage.read(['a'])).a.v).toBe(2);
      expect(await storage.read(['b'])).toEqual({});
      await storage.write({ a: { v: 4, eTag: '*' } });
      expect((await storage.read(['a'])).a.v).toBe(4);
    });

    it('lets one of two writers from the same read win, through another handle on the same data', async () => {
      const storage = await open();
      const other = await second();
      await storage.write({ k: { turns: 0 } });
      const [mine, theirs] = [(await storage.read(['k'])).k, (await other.read(['k'])).k];
      await other.write({ k: { ...theirs, turns: 1 } });
      await expect(storage.write({ k: { ...mine, turns: 1 } })).rejects.toThrow('eTag conflict on "k"');
      expect((await storage.read(['k'])).k.turns).toBe(1);
    });

    it('keeps any text a user typed, deletes, and ignores empty requests', async () => {
      const storage = await open();
      await storage.write({ t: { text: 'nul \u0000, « guillemets », emoji 💳' } });
      expect((await storage.read(['t'])).t.text).toBe('nul \u0000, « guillemets », emoji 💳');
      expect(await storage.read([])).toEqual({});
      await storage.delete([]);
      await storage.delete(['t', 'never-written']);
      expect(await storage.read(['t'])).toEqual({});
    });
  });
}
