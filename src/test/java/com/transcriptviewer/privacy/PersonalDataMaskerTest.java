package com.transcriptviewer.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.transcriptviewer.text.TextMask;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What privacy mode hides, how a mask looks, and what it leaves alone. */
class PersonalDataMaskerTest {

    private final PersonalDataMasker masker = new PersonalDataMasker();

    private String mask(String text) {
        String masked = masker.mask(text);
        assertThat(masked).hasSameSizeAs(text);
        return masked;
    }

    @Test
    void phoneNumbersOfSeveralCountriesAndNotationsKeepTheirCodeAndLastTwoDigits() {
        assertThat(mask("Call me on +1 312 555 0142.")).isEqualTo("Call me on +1 312 ••• ••42.");
        assertThat(mask("London: +44 20 7946 0958")).isEqualTo("London: +44 20 •••• ••58");
        assertThat(mask("my number is (312) 555-0142 ok")).isEqualTo("my number is (312) •••-••42 ok");
        assertThat(mask("Mumbai +91 98765 43210")).isEqualTo("Mumbai +91 987•• •••10");
        assertThat(mask("Paris 0033 1 23 45 67 89")).isEqualTo("Paris 0033 1 •• •• •• 89");
        assertThat(mask("+13125550148")).isEqualTo("+1312•••••48");
    }

    @Test
    void aNumberWithoutCountryCodeIsFoundInTheConversationsOwnRegion() {
        PersonalDataMasker german = PersonalDataMasker.forNumbers(List.of("+49 30 901820", "not a number"));
        assertThat(german.mask("Festnetz 030 12345678 bitte")).isEqualTo("Festnetz 030 ••••••78 bitte");
        assertThat(PhoneNumbers.regionOf("+4930901820")).isEqualTo("DE");
        assertThat(PhoneNumbers.regionOf("030 901820")).isNull();
    }

    @Test
    void twoNumbersStayApart() {
        String masked = mask("+1 312 555 0142 and +1 646 555 0199");
        assertThat(masked).isEqualTo("+1 312 ••• ••42 and +1 646 ••• ••99");
    }

    @Test
    void datesTimesAndSmallNumbersStay() {
        String text = "Booked for 2025-05-24 at 19:30, party of 4, table 12, booking ref 12345.";
        assertThat(mask(text)).isEqualTo(text);
    }

    @Test
    void emailAddressesKeepTheirFirstLetterAndDomain() {
        assertThat(mask("write to jane@example.com please")).isEqualTo("write to j•••@example.com please");
        assertThat(mask("jordan.lee@example.com.")).isEqualTo("j•••••.•••@example.com.");
    }

    @Test
    void emailAddressesAreReadFromEachAtSign() {
        assertThat(mask("a@b and c.d+tag@mail.example.co.uk, @example.com, root@localhost"))
                .isEqualTo("a@b and c.•+•••@mail.example.co.uk, @example.com, root@localhost");
        assertThat(mask("ann@x.io;bo@y.io")).isEqualTo("a••@x.io;b•@y.io");
        // A long run of letters before the address (a base64 blob, say) is its name, as the pattern read it.
        String blob = "Q".repeat(20_000);
        assertThat(mask(blob + "@example.com")).isEqualTo("Q" + "•".repeat(19_999) + "@example.com");
        assertThat(mask(blob + "@" + blob)).isEqualTo(blob + "@" + blob);
    }

    @Test
    void luhnValidCardsAreMaskedToTheirLastFourDigitsAndOrderNumbersStay() {
        assertThat(mask("card 4111 1111 1111 1111 exp")).isEqualTo("card •••• •••• •••• 1111 exp");
        assertThat(mask("card 5555-5555-5555-4444")).isEqualTo("card ••••-••••-••••-4444");
        assertThat(mask("amex 378282246310005")).isEqualTo("amex •••••••••••0005");
        // Luhn-invalid: order numbers and tracking numbers of the same length stay.
        assertThat(mask("order 4111 1111 1111 1112")).isEqualTo("order 4111 1111 1111 1112");
        assertThat(mask("order number 1234567890123")).isEqualTo("order number 1234567890123");
        assertThat(DataPatterns.luhnValid("79927398713")).isTrue();
        assertThat(DataPatterns.luhnValid("79927398710")).isFalse();
    }

    @Test
    void ibansThatPassTheirCheckAreMasked() {
        assertThat(mask("IBAN DE89 3704 0044 0532 0130 00 thanks"))
                .isEqualTo("IBAN DE•• •••• •••• •••• ••30 00 thanks");
        assertThat(mask("GB82WEST12345698765432")).isEqualTo("GB••••••••••••••••5432");
        // One digit changed: the check fails and it stays.
        assertThat(mask("DE89 3704 0044 0532 0130 01")).isEqualTo("DE89 3704 0044 0532 0130 01");
    }

    @Test
    void socialSecurityNumbersKeepTheirLastFourDigits() {
        assertThat(mask("SSN 123-45-6789.")).isEqualTo("SSN •••-••-6789.");
        assertThat(mask("SSN 000-12-3456")).isEqualTo("SSN 000-12-3456");
    }

    @Test
    void valuesOfKeysThatNameSecretsAreHiddenAtAnyDepth() {
        String json =
                "{\"customer\":{\"name\":\"Ann\",\"dateOfBirth\":\"1990-01-02\",\"auth\":{\"password\":\"p@ss w0rd\","
                        + "\"card_pin\":1234}},\"shipping\":\"express\",\"cvv\":\"123\",\"token\":\"abc\\\"def\"}";
        String masked = mask(json);
        assertThat(masked)
                .isEqualTo("{\"customer\":{\"name\":\"Ann\",\"dateOfBirth\":\"••••••••••\",\"auth\":{\"password\":"
                        + "\"•••• ••••\",\"card_pin\":••••}},\"shipping\":\"express\",\"cvv\":\"•••\",\"token\":"
                        + "\"••••••••\"}");
    }

    @Test
    void aCardInACardKeyKeepsItsLastFourDigits() {
        assertThat(mask("{\"card_number\": \"4242424242424242\", \"cvc\": \"314\"}"))
                .isEqualTo("{\"card_number\": \"••••••••••••4242\", \"cvc\": \"•••\"}");
    }

    @Test
    void keysInsideAJsonStringAreFoundToo() {
        String raw = "{\"arguments\":\"{\\\"pin\\\":\\\"9876\\\",\\\"party_size\\\":4}\"}";
        assertThat(mask(raw)).isEqualTo("{\"arguments\":\"{\\\"pin\\\":\\\"••••\\\",\\\"party_size\\\":4}\"}");
    }

    @Test
    void keyNamesAreReadAsWords() {
        assertThat(SecretKeys.names("card_number")).isTrue();
        assertThat(SecretKeys.names("cardNumber")).isTrue();
        assertThat(SecretKeys.names("api_key")).isTrue();
        assertThat(SecretKeys.names("shipping")).isFalse();
        assertThat(SecretKeys.names("spinner")).isFalse();
        assertThat(SecretKeys.names("party_size")).isFalse();
        assertThat(SecretKeys.names("key")).isFalse();
    }

    @Test
    void aRevealedItemShowsAndTheOthersStayMasked() {
        PrivacyMask mask = new PrivacyMask(masker);
        String text = "call +1 312 555 0142 or mail jane@example.com";
        int inEmail = text.indexOf("jane") + 2;
        TextMask revealed = mask.revealing(text, inEmail);
        assertThat(revealed.apply(text)).isEqualTo("call +1 312 ••• ••42 or mail jane@example.com");
        assertThat(revealed.items(text)).extracting(TextMask.Item::revealed).containsExactly(false, true);
        assertThat(revealed.hides(text, inEmail, inEmail + 1)).isFalse();
        assertThat(revealed.hides(text, text.indexOf("555"), text.indexOf("555") + 3))
                .isTrue();
        // Nothing there: the same mask.
        assertThat(mask.revealing(text, 0)).isSameAs(mask);
        assertThat(mask.apply(text)).isEqualTo("call +1 312 ••• ••42 or mail j•••@example.com");
    }
}
