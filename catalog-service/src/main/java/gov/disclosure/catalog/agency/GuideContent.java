package gov.disclosure.catalog.agency;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the guide says; the fields the Regulations (Art. 19, 27–29) expect applicants to find. */
public record GuideContent(
        @NotBlank @Size(max = 5000) String howToApply,
        @NotBlank @Size(max = 300) String officeAddress,
        @NotBlank @Size(max = 200) String officeHours,
        @NotBlank @Size(max = 50) String phone,
        @NotBlank @Email @Size(max = 200) String email,
        @Size(max = 300) String onlineChannel,
        @Size(max = 300) String postalAddress) {
}
