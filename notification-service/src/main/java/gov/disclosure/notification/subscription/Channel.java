package gov.disclosure.notification.subscription;

public enum Channel { WEBHOOK, EMAIL }
