/**
 * English UI messages: the reference catalog. Every other language must provide every
 * key (checked by the type `Catalog`). Placeholders look like `{name}`.
 */
export const en = {
  'app.name': 'Pathway',
  'app.loading': 'Opening…',
  'quickExit.label': 'Quick exit',
  'quickExit.hint': 'Leaves at once and locks. You can also press Shift three times.',
  'common.continue': 'Continue',
  'common.cancel': 'Cancel',
  'common.back': 'Back',
  'common.working': 'Working…',
  'common.show': 'Show',
  'common.hide': 'Hide',
  'setup.title': 'Set up',
  'setup.intro':
    'Choose a passphrase. Everything you write here is locked with it and stays on this device only.',
  'setup.passphrase': 'Passphrase',
  'setup.repeat': 'Repeat passphrase',
  'setup.suggest': 'Suggest a passphrase',
  'setup.suggested': 'Suggested: {passphrase}',
  'setup.mismatch': 'The two passphrases are not the same yet.',
  'setup.empty': 'Type a passphrase first.',
  'setup.create': 'Create vault',
  'setup.creating': 'Setting up. This takes a few seconds…',
  'strength.weak': 'Short and easy to guess. A few words together are stronger.',
  'strength.fair': 'Fair. One or two more words would make it stronger.',
  'strength.strong': 'Strong.',
  'recovery.title': 'Your recovery code',
  'recovery.intro':
    'If you forget your passphrase, this code is the only other way in. Nobody else can reset it for you.',
  'recovery.keep':
    'Write it down and keep it somewhere safe, or give it to someone you trust. It is shown only now.',
  'recovery.done': 'I have kept it safe',
  'unlock.title': 'Welcome back',
  'unlock.intro': 'Type your passphrase to open your notes.',
  'unlock.button': 'Unlock',
  'unlock.working': 'Opening…',
  'unlock.wrong': 'That did not open it. Check the spelling and try again — take your time.',
  'unlock.useRecovery': 'Use my recovery code instead',
  'unlock.usePassphrase': 'Use my passphrase instead',
  'unlock.recoveryCode': 'Recovery code',
  'unlock.failed': 'Something went wrong while opening. Nothing was changed. Please try again.',
  'lock.button': 'Lock',
  'home.title': 'My plans',
  'home.settings': 'Settings',
  'settings.title': 'Settings',
  'settings.security': 'Lock and passphrase',
  'settings.autoLock': 'Lock after this many minutes without use',
  'settings.hiddenLock': 'Lock after this many minutes in the background',
  'settings.hiddenLock.now': 'At once',
  'settings.minutes': '{count} min',
  'settings.textSize': 'Text size',
  'settings.saved': 'Saved',
  'settings.changePassphrase': 'Change passphrase',
  'settings.newPassphrase': 'New passphrase',
  'settings.passphraseChanged':
    'Passphrase changed. Files you exported before still open with the old passphrase.',
  'settings.newRecovery': 'Make a new recovery code',
  'settings.newRecoveryDone': 'Your old recovery code no longer works. Here is the new one:',
  'settings.deleteTitle': 'Delete everything',
  'settings.deleteIntro':
    'This removes every plan and setting from this device for good. It cannot be undone.',
  'settings.deleteWord': 'delete',
  'settings.deleteConfirm': 'To confirm, type the word {word}',
  'settings.deleteButton': 'Delete everything',
  'settings.storageFull':
    'This device is out of space, so the last change was not saved. What you typed is still here.',
  'update.available': 'A new version is ready. Your work is saved first.',
  'update.apply': 'Update now',
  'update.later': 'Later',
  'offline.ready': 'Ready to work offline.',
  'neutral.calculator': 'Calculator',
  'neutral.clear': 'Clear',
  'neutral.equals': 'Equals',
  'neutral.display': 'Result',
} as const;

/** Message keys of the UI. */
export type MessageKey = keyof typeof en;

/** A complete catalog: every key present, any text. */
export type Catalog = { readonly [K in MessageKey]: string };
