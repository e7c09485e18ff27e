"""The Wellbeing panel's dialogs: passphrase, the guided case flow, contacts, care, audit."""
