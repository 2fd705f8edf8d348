package gov.disclosure.request.intake;

import gov.disclosure.request.platform.ApiErrors.FieldError;
import gov.disclosure.request.platform.ApiErrors.Invalid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The content rules of an application (Art. 29) plus the receipt rules of Art. 31, as field errors. */
public final class FileRequestValidator {
    private static final Pattern AGENCY = Pattern.compile("[a-z0-9-]{2,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    private FileRequestValidator() {
    }

    /** @param staff whether a staff member registers it on the applicant's behalf */
    public static void validate(FileRequest r, boolean staff, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (r.agencyCode() == null || !AGENCY.matcher(r.agencyCode()).matches()) {
            errors.add(new FieldError("agencyCode", "must be an agency code such as city-health"));
        }
        oneOf(errors, "applicantType", r.applicantType(), Codes.APPLICANT_TYPES);
        oneOf(errors, "form", r.form(), Codes.FORMS);
        oneOf(errors, "delivery", r.delivery(), Codes.DELIVERIES);
        if (oneOf(errors, "channel", r.channel(), Codes.CHANNELS)) {
            if (staff && !Codes.STAFF_CHANNELS.contains(r.channel())) {
                errors.add(new FieldError("channel", "staff register LETTER, IN_PERSON or FAX applications"));
            }
            if (!staff && !"ONLINE".equals(r.channel())) {
                errors.add(new FieldError("channel", "citizens file ONLINE"));
            }
        }
        text(errors, "description", r.description(), 5, 4000);
        if (r.purpose() != null && r.purpose().length() > 1000) {
            errors.add(new FieldError("purpose", "must be at most 1000 characters"));
        }
        if (staff) {
            if (r.receivedOn() == null) {
                errors.add(new FieldError("receivedOn", "is required when staff register an application"));
            } else if (r.receivedOn().isAfter(today)) {
                errors.add(new FieldError("receivedOn", "must not be in the future"));
            }
        } else if (r.receivedOn() != null) {
            errors.add(new FieldError("receivedOn", "is set by the platform for online applications (Art. 31)"));
        }
        applicant(errors, r.applicantType(), r.applicant());
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    private static void applicant(List<FieldError> errors, String type, FileRequest.Applicant a) {
        if (a == null) {
            errors.add(new FieldError("applicant", "is required"));
            return;
        }
        text(errors, "applicant.name", a.name(), 1, 200);
        boolean org = Codes.isOrganisation(type);
        if (org) {
            if (!UnifiedSocialCreditCode.isValid(a.creditCode())) {
                errors.add(new FieldError("applicant.creditCode",
                        "must be a valid unified social credit code (GB 32100)"));
            }
            text(errors, "applicant.contactPerson", a.contactPerson(), 1, 200);
        }
        boolean idRequired = !org;
        if (a.idType() != null || a.idNumber() != null || idRequired) {
            if (oneOf(errors, "applicant.idType", a.idType(), Codes.ID_TYPES)) {
                if ("RESIDENT_ID".equals(a.idType())) {
                    if (!ResidentIdNumber.isValid(a.idNumber())) {
                        errors.add(new FieldError("applicant.idNumber",
                                "must be a valid resident identity number (GB 11643 checksum)"));
                    }
                } else {
                    text(errors, "applicant.idNumber", a.idNumber(), 3, 40);
                }
            }
        }
        if (a.phone() == null && a.email() == null && a.address() == null) {
            errors.add(new FieldError("applicant", "needs a contact: phone, email or address (Art. 29)"));
        }
        if (a.phone() != null && !PHONE.matcher(a.phone()).matches()) {
            errors.add(new FieldError("applicant.phone", "must be a phone number"));
        }
        if (a.email() != null && !EMAIL.matcher(a.email()).matches()) {
            errors.add(new FieldError("applicant.email", "must be an e-mail address"));
        }
        if (a.address() != null && a.address().length() > 500) {
            errors.add(new FieldError("applicant.address", "must be at most 500 characters"));
        }
    }

    private static boolean oneOf(List<FieldError> errors, String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            errors.add(new FieldError(field, "must be one of " + allowed));
            return false;
        }
        return true;
    }

    private static void text(List<FieldError> errors, String field, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.strip().length() < min || value.length() > max) {
            errors.add(new FieldError(field, "must be " + min + " to " + max + " characters"));
        }
    }
}
