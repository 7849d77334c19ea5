import { ProjectReadModel } from '../../../src/services/projects/project-service';
import type { ProjectView } from '../../../src/services/projects/project-view';

// Only the fields the read model indexes matter here.
const project = (id: string, ownerId: string): ProjectView => ({ id, ownerId }) as ProjectView;
const idsOf = (projects: ProjectView[]) => projects.map((p) => p.id).sort();

describe('ProjectReadModel', () => {
  it('lists each owner’s projects, through replacements and removals', () => {
    const model = new ProjectReadModel();
    model.put(project('a', 'alice'));
    model.put(project('b', 'alice'));
    model.put(project('c', 'bob'));
    expect(idsOf(model.ofOwner('alice'))).toEqual(['a', 'b']);
    expect(idsOf(model.ofOwner('bob'))).toEqual(['c']);

    // A new version of a project replaces the old one, once.
    const renamed = { ...project('a', 'alice'), name: 'Nouveau nom' };
    model.put(renamed);
    expect(model.ofOwner('alice')).toHaveLength(2);
    expect(model.get('a')).toBe(renamed);

    model.remove('b');
    model.remove('unknown');
    expect(idsOf(model.ofOwner('alice'))).toEqual(['a']);
    model.remove('a');
    expect(model.ofOwner('alice')).toEqual([]);
    expect([...model.all()].map((p) => p.id)).toEqual(['c']);
  });
});
