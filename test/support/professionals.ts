// A professional's profile as tests write it: a general practitioner, liberal, installed, who does
// not show their projects to communes. Override what a test is about.
import type { ProfessionalProfileInput } from '../../src/services/projects/professional-profiles';

export const professionalProfile = (
  overrides: Partial<ProfessionalProfileInput> = {},
): ProfessionalProfileInput => ({
  profession: 'medecin-generaliste',
  specialty: '',
  rpps: '',
  practiceMode: 'liberal',
  status: 'installe',
  shareAnonymised: false,
  ...overrides,
});
