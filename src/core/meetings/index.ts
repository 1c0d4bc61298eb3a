/**
 * This file defines the public surface of the meetings core: the invitation texts and the
 * guest list arithmetic.
 */

export type { GuestPlan } from './guest-list';
export { MAX_GUESTS_PER_EVENT, planGuests } from './guest-list';
export type { InvitationText, MeetingKind, WrittenEventText } from './invitation-text';
export { EVENT_TEMPLATE, invitationText, meetingOfTemplate, renderInvitation } from './invitation-text';
