"""Importing subscribers from Mailchimp, listmonk, Substack and plain CSV exports."""
