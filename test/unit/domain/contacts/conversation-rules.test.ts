// Who reads and writes a conversation, what the commune sees, and unread counts.
import {
  canRead,
  contactRefusal,
  profileVisibleToCommune,
  unreadCount,
  writingRefusal,
} from '../../../../src/domain/contacts/conversation-rules';

const conversation = { professionalId: 'p1', communeCode: '39198' };
const OPEN = { withdrawn: false, closed: false, blockedBy: [] as ('professionnel' | 'commune')[] };

describe('reading', () => {
  it('is for the professional and the staff of the commune only', () => {
    expect(canRead(conversation, { side: 'professionnel', id: 'p1', communeCode: null })).toBe(true);
    expect(canRead(conversation, { side: 'professionnel', id: 'p2', communeCode: null })).toBe(false);
    expect(canRead(conversation, { side: 'commune', id: 's1', communeCode: '39198' })).toBe(true);
    expect(canRead(conversation, { side: 'commune', id: 's2', communeCode: '25056' })).toBe(false);
    expect(canRead(conversation, { side: 'commune', id: 'p1', communeCode: null })).toBe(false);
  });

  it('shows the profile to the commune only while not withdrawn', () => {
    expect(profileVisibleToCommune({ withdrawn: false })).toBe(true);
    expect(profileVisibleToCommune({ withdrawn: true })).toBe(false);
  });
});

describe('writing', () => {
  it('is open by default, refused when withdrawn, blocked or closed', () => {
    expect(writingRefusal(OPEN, 'commune')).toBeNull();
    expect(writingRefusal({ ...OPEN, withdrawn: true }, 'commune')).toBe('professional-withdrew');
    expect(writingRefusal({ ...OPEN, withdrawn: true }, 'professionnel')).toBe('you-withdrew');
    expect(writingRefusal({ ...OPEN, blockedBy: ['commune'] }, 'professionnel')).toBe('commune-blocked');
    expect(writingRefusal({ ...OPEN, blockedBy: ['commune'] }, 'commune')).toBe('you-blocked');
    expect(writingRefusal({ ...OPEN, blockedBy: ['professionnel'] }, 'commune')).toBe('professional-blocked');
    expect(writingRefusal({ ...OPEN, closed: true }, 'professionnel')).toBe('commune-closed');
    expect(writingRefusal({ ...OPEN, closed: true }, 'commune')).toBe('you-closed');
  });

  it('lets a professional start again unless blocked or closed', () => {
    expect(contactRefusal(undefined)).toBeNull();
    expect(contactRefusal({ ...OPEN, withdrawn: true })).toBeNull();
    expect(contactRefusal({ ...OPEN, blockedBy: ['commune'] })).toBe('contact-blocked-by-commune');
    expect(contactRefusal({ ...OPEN, blockedBy: ['professionnel'] })).toBe('contact-blocked-by-you');
    expect(contactRefusal({ ...OPEN, closed: true })).toBe('contact-closed');
  });
});

describe('unread messages', () => {
  const messages = [{ side: 'professionnel' }, { side: 'commune' }, { side: 'commune' }] as const;
  it('counts the other side’s messages after the reader’s mark', () => {
    expect(unreadCount(messages, 'professionnel', undefined)).toBe(2);
    expect(unreadCount(messages, 'professionnel', 2)).toBe(1);
    expect(unreadCount(messages, 'commune', undefined)).toBe(1);
    expect(unreadCount(messages, 'commune', 1)).toBe(0);
    expect(unreadCount(messages, 'commune', 3)).toBe(0);
  });
});
