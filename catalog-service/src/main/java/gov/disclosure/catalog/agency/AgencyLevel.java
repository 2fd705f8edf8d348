package gov.disclosure.catalog.agency;

public enum AgencyLevel { CITY, DISTRICT, TOWNSHIP }
