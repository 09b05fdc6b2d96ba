"""Who receives an edition: lists, subscribers, memberships and what "active" means."""
