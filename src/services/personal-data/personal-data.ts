// The one list of what the service stores about a person: each kind declares, next to its service,
// the models it covers, what it adds to the account export and how it is erased with the account.
// The account export and deletion walk this list; a test fails when a model holding a user id is
// covered by no entry (test/integration/accounts/personal-data-registry.test.ts).

export interface PersonalData {
  /** Names the kind of data (for readers and the registry test). */
  name: string;
  /** The mongoose model names whose documents about the person this entry covers. */
  models: readonly string[];
  /** The fields it adds to the account export (a fragment of the exported object). */
  exportOf(userId: string): Promise<Record<string, unknown>>;
  /**
   * Erases it when the account is deleted. Absent when another entry's erasure removes it
   * (`erasedWith` names that entry).
   */
  erase?(userId: string): Promise<void>;
  erasedWith?: string;
}

/** The export fragments of the entries, in the registry's order. */
export async function exportPersonalData(
  registry: readonly PersonalData[],
  userId: string,
): Promise<Record<string, unknown>> {
  let exported: Record<string, unknown> = {};
  for (const entry of registry) exported = { ...exported, ...(await entry.exportOf(userId)) };
  return exported;
}

/** Erases the entries in the registry's order. */
export async function erasePersonalData(registry: readonly PersonalData[], userId: string): Promise<void> {
  for (const entry of registry) await entry.erase?.(userId);
}
