import { describe, expect, it } from 'vitest';
import { createLocal, dataOf, deleteLocal, editLocal, exchange, makeReplica, recordOf, type Replica } from './replica';

/**
 * The staff list and the texts of the report are the Pohang secretariat's, like membership: a
 * branch office or a seconded official never sends its own changes to them, and a change to them
 * signed by any office but the secretariat is left out on import and listed.
 */

const person = { name: { native: '홍종경', latin: 'Hong Jong-kyung' }, role: { en: 'Secretary-General' }, office: 'secretariat' as const, order: 1 };
const foreword = { year: 2018, kind: 'foreword' as const, order: 1, author: { name: { en: 'Hong Jong-kyung' }, title: { en: 'Secretary-General' } }, text: { en: 'New Year greetings.' } };

async function setUp() {
  const pohang = await makeReplica('Pohang', 'secretariat');
  const hyogo = await makeReplica('Hyogo', 'branch');
  const sakha = await makeReplica('Yakutsk', 'seconded');
  const staff = await createLocal(pohang, 'staff', person);
  const text = await createLocal(pohang, 'reportTexts', foreword);
  for (const office of [hyogo, sakha]) {
    await exchange(pohang, office);
    await exchange(office, pohang);
  }
  return { pohang, hyogo, sakha, staff, text };
}

describe('what only the secretariat may change: its staff list and the texts of its report', () => {
  it("carries Pohang's staff and texts to every office", async () => {
    const { hyogo, sakha, staff, text } = await setUp();
    for (const office of [hyogo, sakha]) {
      expect((await recordOf(office, 'staff', staff.id))?.name).toEqual(person.name);
      expect((await recordOf(office, 'reportTexts', text.id))?.text).toEqual(foreword.text);
    }
  });

  it("never sends a branch office's or a seconded official's own changes to them, and applies the rest", async () => {
    const { pohang, hyogo, sakha, staff, text } = await setUp();
    for (const office of [hyogo, sakha]) {
      await editLocal(office, 'staff', staff.id, { to: '2018-12' });
      await editLocal(office, 'reportTexts', text.id, { text: { en: 'Rewritten outside Pohang.' } });
      await createLocal(office, 'staff', { ...person, name: { latin: 'Someone else' }, order: 2 });
      await deleteLocal(office, 'reportTexts', text.id);
    }
    const contact = await createLocal(sakha, 'contacts', { name: 'Ivanov', languages: ['ru'] });
    const before = dataOf(pohang.store);

    for (const office of [hyogo, sakha]) {
      const { bundle, summary } = await exchange(office, pohang);
      expect(bundle.counts).toMatchObject({ staff: 0, reportTexts: 0 });
      expect(summary.refusals).toEqual([]);
    }
    const after = dataOf(pohang.store);
    expect(after.staff).toEqual(before.staff);
    expect(after.reportTexts).toEqual(before.reportTexts);
    expect(after.contacts.map((record) => record.id)).toEqual([contact.id]);
  });

  it('leaves out and lists a change to them signed by an office that claims to be the secretariat', async () => {
    const { pohang, hyogo, staff, text } = await setUp();
    const claimsSecretariat: Replica = { ...hyogo, identity: { ...hyogo.identity, role: 'secretariat' } };
    await editLocal(claimsSecretariat, 'staff', staff.id, { to: '2018' });
    await editLocal(claimsSecretariat, 'reportTexts', text.id, { text: { en: 'Not the Secretary-General.' } });

    const { summary } = await exchange(claimsSecretariat, pohang);

    expect(summary.refusals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ collection: 'staff', recordId: staff.id, fields: ['to'], origin: hyogo.identity.installationId }),
        expect.objectContaining({ collection: 'reportTexts', recordId: text.id, fields: ['text'], origin: hyogo.identity.installationId }),
      ]),
    );
    expect(summary.refusals).toHaveLength(2);
    expect((await recordOf(pohang, 'staff', staff.id))?.to).toBeUndefined();
    expect((await recordOf(pohang, 'reportTexts', text.id))?.text).toEqual(foreword.text);
  });

  it("names a refused staff change by the person's name, not an id", async () => {
    const { pohang, hyogo, staff } = await setUp();
    const claimsSecretariat: Replica = { ...hyogo, identity: { ...hyogo.identity, role: 'secretariat' } };
    await editLocal(claimsSecretariat, 'staff', staff.id, { order: 5 });
    const { summary } = await exchange(claimsSecretariat, pohang);
    expect(summary.refusals[0]?.label).toBe('Hong Jong-kyung');
  });
});
