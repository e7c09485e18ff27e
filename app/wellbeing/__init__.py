"""Wellbeing: emotion check-ins, the six-step procedure, health events, contacts, care log."""
