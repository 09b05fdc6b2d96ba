"""All models, importable from one place (Alembic autogenerate reads `Base.metadata`)."""

from digest.models.admin import AdminUser, AuditEntry, WebhookEvent
from digest.models.audience import (
    BillingStatus,
    MailingList,
    Membership,
    MembershipStatus,
    Subscriber,
    Suppression,
)
from digest.models.base import Base, utcnow
from digest.models.editions import (
    BatchStatus,
    Delivery,
    DeliveryBatch,
    DeliveryStatus,
    Edition,
    EditionStatus,
    EditionVariant,
)
from digest.models.feeds import Feed, Item
from digest.models.stories import Story
from digest.models.topics import ItemTag, TopicDefinition
from digest.models.web import UsedSignInLink

__all__ = [
    "AdminUser", "AuditEntry", "Base", "BatchStatus", "BillingStatus", "Delivery",
    "DeliveryBatch", "DeliveryStatus", "Edition", "EditionStatus", "EditionVariant", "Feed",
    "Item", "ItemTag",
    "MailingList", "Membership", "MembershipStatus", "Story", "Subscriber", "Suppression",
    "TopicDefinition", "UsedSignInLink", "WebhookEvent", "utcnow",
]
