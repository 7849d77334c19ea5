// The professional's pages that several routers and presenters link to, in one place: the routers
// declare their routes from these (`resultsPath(':id')`), the presenters link with them.
export const PROFESSIONAL_HOME = '/professionnel';
export const PROFILE_PATH = '/professionnel/profil';
export const PROJECTS_PATH = '/professionnel/projets';
/** Where a project tried without an account is taken up once signed in (the project form, filled with it). */
export const NEW_PROJECT_PATH = '/professionnel/projets/nouveau';

export const projectPath = (projectId: string) => `${PROJECTS_PATH}/${projectId}`;
export const editProjectPath = (projectId: string) => `${projectPath(projectId)}/modifier`;
export const deleteProjectPath = (projectId: string) => `${projectPath(projectId)}/suppression`;
export const resultsPath = (projectId: string) => `${projectPath(projectId)}/resultats`;
export const favoritesPath = (projectId: string) => `${projectPath(projectId)}/favoris`;
export const comparePath = (projectId: string) => `${projectPath(projectId)}/comparer`;
