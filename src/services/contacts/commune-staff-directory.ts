// The validated staff accounts of a commune: who receives its messages, and who a conversation may
// be assigned to. (A scan of the accounts: only on writes and on the commune's thread page.)
import { UserModel } from '../../models/user';

export interface StaffMember {
  id: string;
  name: string;
}

export async function activeStaffOf(communeCode: string): Promise<StaffMember[]> {
  const staff = await UserModel.find(
    { role: 'commune', 'commune.code': communeCode, status: 'actif' },
    { _id: 1, name: 1 },
  ).lean();
  return staff
    .map((user) => ({ id: String(user._id), name: user.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
