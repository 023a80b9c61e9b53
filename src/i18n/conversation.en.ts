import type { ConversationMessageKey } from './conversation.de.js';

export const conversationEn: Record<ConversationMessageKey, string> = {
  welcome:
    'Hello, this is Lotse – an automated assistant. I give general information on employing people with a toleration (Duldung), not individual legal advice (German Legal Services Act). Please do not give names. Describe the case in one sentence or answer my questions.',
  notUnderstood: 'I did not understand that. You can pick one of the answers or put it differently.',
  notUnderstoodOffer: 'I am sorry, I do not understand. Would you like to talk to an adviser?',
  notedUnknown: 'Noted: {facts} – not known.',
  noNames:
    'Please do not give names or dates of birth – I do not need them; I have blanked them out in the conversation record. The age is enough.',
  noted: 'Thank you, noted.',
  answerIntro: 'Here is my assessment based on the law as of {date}:',
  escalationOffer: 'This case should be checked by a counselling service. May I hand it over to an adviser?',
  handoffConsent:
    'Before the hand-over: the adviser will see the facts of the case (no names), my assessment and this conversation. Do you agree?',
  handoffStarted:
    'Your case has been handed over. Lotse will not answer any more; an adviser will reply here in this conversation.',
  handoffDeclined: 'All right, I will not hand it over. You can keep asking questions.',
  handoffLater:
    'All right – I will not hand it over now. If you change your mind, tell me or choose "Talk to a person".',
  handoffAbout:
    'About the hand-over: an adviser of a counselling service looks at your case and replies to you here in this conversation. The adviser checks what I cannot assess reliably – for example whether an exception applies or another way into work is open. The adviser sees the facts of the case (no names), my assessment and this conversation. The hand-over is voluntary; you can keep asking me questions without it.',
  handoffUnsure: 'You do not have to decide now.',
  handedBack: 'The adviser has handed the conversation back to Lotse. You can ask further questions.',
  followUpIntro: 'My knowledge base says:',
  followUpUnknown:
    'I cannot answer that reliably from my knowledge base, and I will not make something up. Would you like to talk to an adviser?',
  followUpUnknownPlain: 'I cannot answer that reliably from my knowledge base, and I will not make something up.',
  followUpLeft: 'On "{question}" my knowledge base has nothing reliable.',
  provisionalStart: 'For now, from what you have told me: {answer}',
  provisionalOpen: 'Still open: {facts} – your answers may change this.',
  followUpAck: 'You are welcome. Ask further questions, or choose "Talk to a person" to reach an adviser.',
  okAck: 'All right. Ask further questions, or choose "Talk to a person" to reach an adviser.',
  remarkNoted:
    'Thank you for letting me know. I take none of the facts I assess the case on from that, so the assessment stays as it is. Feel free to ask further questions.',
  remarkLead: 'Thank you for letting me know – this does not change the assessment.',
  confirmChange: 'Shall I change this: {changes}? It changes the assessment.',
  confirmChangeParts:
    'Shall I change this? It changes the assessment.\n{parts}\nYou can take all of it, only one part (e.g. "only 1") or nothing.',
  optionYesAll: 'Yes, all of it',
  optionOnlyPart: 'Only: {part}',
  changeKept: 'All right, the facts stay as they were.',
  otherApplicant:
    'Is this about another person? I assess one case at a time: I would start again with their facts ({facts}) and drop the facts of the case so far.',
  optionNewCase: 'Yes, new case',
  optionSameCase: 'No, stay with this case',
  unchangedVerdict: '{understood} – this does not change the assessment.',
  verdictUnchangedCard: 'Unchanged: the changed detail does not change the assessment.',
  alreadyKnown: 'I already have that: {facts}.',
  alreadyKnownVerdict: 'I already have that: {facts} – this does not change the assessment.',
  quoteNotUnderstood: 'You wrote "{quote}" – I could not place that with certainty.',
  restarted: 'Let us start again. The previous facts have been cleared.',
  closed: 'This conversation has ended.',
  stand: 'as of',
  optionYes: 'Yes',
  optionNo: 'No',
  optionUnknown: "Don't know",
  optionHandoff: 'Talk to a person',
  optionRestart: 'Start again',
  optionOtherCountry: 'Other country (please type)',
};
