using System.Collections.Immutable;
using System.Text;
using Airs.Runtime.Decisions;
using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>PII written to slip past a plain scan (issue 20.4): each family is found, and its span covers the original characters.</summary>
public class PiiEvasionTests
{
    /// <summary>The one match's label and the original text it spans.</summary>
    private static (string Label, string Text) Only(string text)
    {
        var m = Assert.Single(Pii.Find(text, PiiKinds.All));
        return (m.Label, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("mail me at alex[at]litware[dot]com today", "alex[at]litware[dot]com")]
    [InlineData("write to j.doe (at) wingtip (dot) org", "j.doe (at) wingtip (dot) org")]
    [InlineData("reach sales{at}fabrikam{.}net", "sales{at}fabrikam{.}net")]
    [InlineData("contact me at kim dot lee at example dot org please", "kim dot lee at example dot org")]
    [InlineData("ops AT tailspin DOT io", "ops AT tailspin DOT io")]
    [InlineData("leila88 at inbox dot example", "leila88 at inbox dot example")]
    [InlineData("escríbeme: nadia84 arroba mailbox punto es", "nadia84 arroba mailbox punto es")]
    [InlineData("Kontakt: ignacio punkt lombardi ät oakridge punkt de", "ignacio punkt lombardi ät oakridge punkt de")]
    [InlineData("écrivez à ignacio point pereira arobase lumenforge point fr", "ignacio point pereira arobase lumenforge point fr")]
    [InlineData("mail priya.novak(a)tidewater.test", "priya.novak(a)tidewater.test")]
    [InlineData("メール: zoe。castellano＠letterbox。test", "zoe。castellano＠letterbox。test")]
    [InlineData("mail elen\u0430.castellano@postbox.example", "elen\u0430.castellano@postbox.example")]
    public void Addresses_with_spelled_or_bracketed_at_and_dot(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("Reach me at marta_lindqvist -at- northfen -dot- example please.", "marta_lindqvist -at- northfen -dot- example")]
    [InlineData("Send it to kofi.mensah+billing (at sign) pinewood.test by Friday.", "kofi.mensah+billing (at sign) pinewood.test")]
    [InlineData("Write to omar_farouk (at) greenwell (period) org for the forms.", "omar_farouk (at) greenwell (period) org")]
    [InlineData("Write to omar dot farouk at greenwell period org for the forms.", "omar dot farouk at greenwell period org")]
    [InlineData("Mail: lea.brandt (at) postweg (punkt) test", "lea.brandt (at) postweg (punkt) test")]
    [InlineData("Contact yuki dot sato at river hyphen labs dot test tomorrow.", "yuki dot sato at river hyphen labs dot test")]
    [InlineData("The address is anika_roy@\nhollowbrook.example and it works.", "anika_roy@\nhollowbrook.example")]
    [InlineData("Write to ben.okafor@north-\r\nriver.example today.", "ben.okafor@north-\r\nriver.example")]
    public void Addresses_with_wrapped_or_other_spelled_symbols_or_broken_over_a_line(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("The first -at- sign example is in chapter -dot- two.")]
    [InlineData("The grace (period) ends on Friday; see section (at) the end.")]
    [InlineData("Pick a colour - dash - and a size (at sign-up).")]
    [InlineData("Bring a pen@\nthe front desk opens at nine.")]
    public void Wrapped_words_in_prose_are_not_addresses(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("address: alex @ litware . com", "alex @ litware . com")]
    [InlineData("j o e @ w i n g t i p . o r g is mine", "j o e @ w i n g t i p . o r g")]
    [InlineData("mail alex&#64;litware.com now", "alex&#64;litware.com")]
    [InlineData("GET /signup?email=alex%40litware.com&plan=pro", "alex%40litware.com")]
    [InlineData("mail alex&#x40;litware.com now", "alex&#x40;litware.com")]
    [InlineData("mail alex&commat;litware.com now", "alex&commat;litware.com")]
    [InlineData("mail ａｌｅｘ＠ｌｉｔｗａｒｅ．ｃｏｍ now", "ａｌｅｘ＠ｌｉｔｗａｒｅ．ｃｏｍ")]
    [InlineData("mail al\u200Bex@lit\u2060ware.com now", "al\u200Bex@lit\u2060ware.com")]
    public void Spaced_encoded_full_width_and_invisible_addresses(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Fact]
    public void A_base64_address_is_found_as_the_encoded_run()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("d.nguyen@litware.com"));
        Assert.Equal(("email", encoded), Only($"my mail in base64: {encoded} thanks"));
    }

    [Theory]
    [InlineData("4111 1111 1111 1111", "card")]
    [InlineData("+1 212 555 0199", "phone")]
    [InlineData("529-31-4412", "ssn")]
    public void A_base64_number_is_found_as_the_encoded_run(string value, string label)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(value));
        Assert.Equal((label, encoded), Only($"the value in base64 is {encoded} thanks"));
    }

    [Fact]
    public void A_base64_value_after_an_assignment_is_decoded_without_its_name()
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes("mira.holt@lantern.example"));
        Assert.Equal(("email", encoded), Only($"GET /reset?user_hint={encoded}&v=2"));
    }

    [Theory]
    [InlineData("characteristically internationalization counterrevolutionaries")]
    [InlineData("PASSWORD=abcdefghijklmnopqrstu")]
    public void Long_words_and_assignments_are_not_decoded_into_findings(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("card 4111\u200B1111\u200B1111\u200B1111 ok", "4111\u200B1111\u200B1111\u200B1111")]
    [InlineData("card ４１１１ １１１１ １１１１ １１１１ ok", "４１１１ １１１１ １１１１ １１１１")]
    [InlineData("card ٤١١١١١١١١١١١١١١١ ok", "٤١١١١١١١١١١١١١١١")]
    [InlineData("card: four one one one, one one one one, one one one one, one one one one.", "four one one one, one one one one, one one one one, one one one one")]
    [InlineData("card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 ok", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1")]
    public void Cards_with_invisible_full_width_other_script_spelled_or_spread_digits(string text, string card) => Assert.Equal(("card", card), Only(text));

    [Theory]
    [InlineData("my SSN is five two nine, three one, four four one two", "ssn", "five two nine, three one, four four one two")]
    [InlineData("social security number: five two nine three one four four one two", "ssn", "five two nine three one four four one two")]
    [InlineData("call two one two, five five five, zero one nine nine tonight", "phone", "two one two, five five five, zero one nine nine")]
    [InlineData("cell oh seven seven zero nine, eight eight three four five six", "phone", "oh seven seven zero nine, eight eight three four five six")]
    [InlineData("ring plus four four two zero seven nine four six zero zero one eight today", "phone", "plus four four two zero seven nine four six zero zero one eight")]
    [InlineData("mobile: oh double seven double oh nine double oh one two three", "phone", "oh double seven double oh nine double oh one two three")]
    public void Ssns_and_phone_numbers_in_words(string text, string label, string number) => Assert.Equal((label, number), Only(text));

    /// <summary>Rule P10: numbers spelled in French, German, Spanish, Italian, Portuguese, Dutch, Polish and Russian.</summary>
    [Theory]
    [InlineData("Numéro de carte : quatre zéro neuf trois quatre six un neuf trois huit sept deux quatre un zéro cinq", "card", "quatre zéro neuf trois quatre six un neuf trois huit sept deux quatre un zéro cinq")]
    [InlineData("Kartennummer für die Rückzahlung: fünf zwei sechs acht eins eins acht sechs fünf fünf zwei acht drei eins zwei eins", "card", "fünf zwei sechs acht eins eins acht sechs fünf fünf zwei acht drei eins zwei eins")]
    [InlineData("Meine Handynummer lautet null eins sieben sechs, drei fünf sieben sechs vier drei vier acht.", "phone", "null eins sieben sechs, drei fünf sieben sechs vier drei vier acht")]
    [InlineData("Il mio numero è tre otto sei, otto nove otto sette otto quattro sei, grazie.", "phone", "tre otto sei, otto nove otto sette otto quattro sei")]
    [InlineData("Mi número de seguro social: cuatro seis dos, ocho nueve, nueve dos cuatro cuatro", "ssn", "cuatro seis dos, ocho nueve, nueve dos cuatro cuatro")]
    [InlineData("Zadzwoń: dwa dwa, cztery osiem osiem, trzy dwa, trzy dziewięć", "phone", "dwa dwa, cztery osiem osiem, trzy dwa, trzy dziewięć")]
    [InlineData("Мой телефон: восемь, девять два три, три девять ноль, пять один, три один", "phone", "восемь, девять два три, три девять ноль, пять один, три один")]
    public void Numbers_spelled_in_other_languages(string text, string label, string number) => Assert.Equal((label, number), Only(text));

    /// <summary>Rule P17: numbers spelled in Swahili, Malay and Indonesian, Filipino and Swedish (pii-confirm18 with -10, -14, -15).</summary>
    [Theory]
    [InlineData("[Voice message] „Kuya, ito number ko sero siyam anim isa dalawa isa lima pito walo dalawa walo, text mo na lang ako.“", "sero siyam anim isa dalawa isa lima pito walo dalawa walo")]
    [InlineData("Simu — plus mbili tano nne saba sifuri moja nne nane tisa saba nane tano", "plus mbili tano nne saba sifuri moja nne nane tisa saba nane tano")]
    [InlineData("Telefon — plus enam lima sembilan enam satu lapan kosong lapan sembilan lima", "plus enam lima sembilan enam satu lapan kosong lapan sembilan lima")]
    [InlineData("[Röstmeddelande] Ring mitt mobil: noll sju ett ett ett fyra sju åtta tre två", "noll sju ett ett ett fyra sju åtta tre två")]
    public void Phone_numbers_spelled_in_swahili_malay_filipino_and_swedish(string text, string number) => Assert.Equal(("phone", number), Only(text));

    [Theory]
    [InlineData("Habari — saba na tano ni kumi na mbili, si tisa.")]
    [InlineData("Saya beli dua buku, tiga pena dan lima kertas — terima kasih.")]
    [InlineData("Vi är tre på kontoret och fem hemma, sex i Malmö.")]
    public void Counted_things_in_those_languages_are_not_numbers(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    /// <summary>Short words of those languages are digit words too, so a run that holds one needs three digit words.</summary>
    [Theory]
    [InlineData("Ligne ouverte : un 06 12 34 56 78 à côté de l'accueil.", "06 12 34 56 78")]
    [InlineData("Tenemos dos 2024 1187 y uno más; llámame al 612 345 678 mañana.", "612 345 678")]
    public void One_foreign_digit_word_beside_digits_is_a_word(string text, string phone) =>
        Assert.Equal(["phone"], Pii.Find(text, PiiKinds.All).Where(m => text.Substring(m.Start, m.Length) == phone).Select(m => m.Label));

    [Theory]
    [InlineData("Il y a un deux-pièces et trois studios à louer près de la gare, six étages.")]
    [InlineData("Wir haben drei Zimmer, vier Betten und acht Stühle für die Gäste übrig.")]
    [InlineData("Ho comprato tre mele, due pere e sei arance al mercato di Bologna.")]
    [InlineData("Вчера пришли три гостя, а сегодня два, и один ещё в пути.")]
    public void Counted_things_in_other_languages_are_not_numbers(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("Plus one thing: double check the triple backup.")]
    [InlineData("plus four more, double the dose")]
    public void Plus_double_and_triple_in_prose_are_not_numbers(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("beacon to 192[.]168[.]1[.]20 seen", "192[.]168[.]1[.]20")]
    [InlineData("It ends here . Then beacon to 192 . 168 . 1 . 20 seen", "192 . 168 . 1 . 20")]
    [InlineData("host 10(.)0(.)0(.)7 seen", "10(.)0(.)0(.)7")]
    [InlineData("host 172.16[.]8.9 seen", "172.16[.]8.9")]
    [InlineData("host 10 dot 1 dot 4 dot 200 seen", "10 dot 1 dot 4 dot 200")]
    [InlineData("beacon 2001[:]db8[:]7a1[:][:]9 seen", "2001[:]db8[:]7a1[:][:]9")]
    [InlineData("host one nine two dot one six eight dot one dot two zero seen", "one nine two dot one six eight dot one dot two zero")]
    public void Defanged_and_spelled_ip_addresses(string text, string ip) => Assert.Equal(("ip", ip), Only(text));

    [Theory]
    [InlineData("We met at the cafe at noon and talked about one or two things.")]
    [InlineData("Visit us at example.com or call the desk.")]
    [InlineData("The polka dot dress costs 45 dollars; one, two or three sizes.")]
    [InlineData("Ｑ３ revenue rose 12％ — see https://example.com/report?id=42.")]
    [InlineData("one two three four five six seven")]
    public void Prose_that_looks_disguised_has_nothing(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("card 5500 | 0000 | 0000 | 0004 exp 09/27", "card", "5500 | 0000 | 0000 | 0004")]
    [InlineData("card 4111 1111\n1111 1111\nexp 09/27", "card", "4111 1111\n1111 1111")]
    [InlineData("paste: `4111` `1111` `1111` `1111` done", "card", "4111` `1111` `1111` `1111")]
    [InlineData("Visa 4111-1111 1111.1111 ok", "card", "4111-1111 1111.1111")]
    [InlineData("card 4111 1ll1 1111 1111 (from a photo)", "card", "4111 1ll1 1111 1111")]
    [InlineData("my cell is 212/555/0199", "phone", "212/555/0199")]
    [InlineData("ring 020~7946~0018 after six", "phone", "020~7946~0018")]
    [InlineData("mobile +44~20~7946~0018", "phone", "+44~20~7946~0018")]
    [InlineData("whatsapp 07700_900461", "phone", "07700_900461")]
    [InlineData("text 2l2-555-Ol99 tonight", "phone", "2l2-555-Ol99")]
    [InlineData("office 0161 496\n0018, ask for Sam", "phone", "0161 496\n0018")]
    [InlineData("SSN: 529 / 31 / 4412", "ssn", "529 / 31 / 4412")]
    [InlineData("social security no 529_31_4412", "ssn", "529_31_4412")]
    [InlineData("SSN 529-31-\n4412 on file", "ssn", "529-31-\n4412")]
    [InlineData("SSN 5 2 9 - 3 1 - 4 4 1 2 on file", "ssn", "5 2 9 - 3 1 - 4 4 1 2")]
    [InlineData("call 2\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E3 5\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E3 0\uFE0F\u20E31\uFE0F\u20E39\uFE0F\u20E39\uFE0F\u20E3", "phone", "2\uFE0F\u20E31\uFE0F\u20E32\uFE0F\u20E3 5\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E3 0\uFE0F\u20E31\uFE0F\u20E39\uFE0F\u20E39\uFE0F\u20E3")]
    public void Numbers_joined_by_separators_no_format_uses(string text, string label, string number) => Assert.Equal((label, number), Only(text));

    [Theory]
    [InlineData("card on file 4539,1488,0343,6467 thanks", "card", "4539,1488,0343,6467")]
    [InlineData("call +44 20 - 7946 - 0958 after six", "phone", "+44 20 - 7946 - 0958")]
    [InlineData("mine is 4532 one-five-four-eight 0343 6462", "card", "4532 one-five-four-eight 0343 6462")]
    [InlineData("social: four-one-two five-eight three-three-zero-seven", "ssn", "four-one-two five-eight three-three-zero-seven")]
    [InlineData("the box is 10 . 0 . 3 . 17 on the lab network", "ip", "10 . 0 . 3 . 17")]
    public void Commas_spaced_hyphens_hyphenated_digit_words_and_spaced_quads(string text, string label, string number) => Assert.Equal((label, number), Only(text));

    [Theory]
    [InlineData("we sold 1200,1300,1400,1500 units in Q1-Q4")]
    [InlineData("scores 2021 - 2022 - 2023 were flat")]
    [InlineData("a one-two punch and a three-four split")]
    public void Lists_ranges_and_phrases_are_not_retyped_numbers(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    // Rule P14: single digits each joined by a dot or a hyphen (pii-confirm15, -12 and -5).
    [Theory]
    [InlineData("Bonjour, voici mon numéro : 0.6.0.9.8.3.7.8.9.4 et merci", "phone", "0.6.0.9.8.3.7.8.9.4")]
    [InlineData("Prefiro conversar pelo zap: 6.1.9.8.5.5.7.6.4.9.7 (não manda foto)", "phone", "6.1.9.8.5.5.7.6.4.9.7")]
    [InlineData("son deneme, uygulama engellemeden: 0-5-3-3-0-9-5-7-4-7-1", "phone", "0-5-3-3-0-9-5-7-4-7-1")]
    [InlineData("call me on +4-9-1-5-4-5-7-2-9-2-3-8-4 tonight", "phone", "+4-9-1-5-4-5-7-2-9-2-3-8-4")]
    [InlineData("State withholding form: SSN 8-7-2-8-5-7-0-3-0 · filing status: single", "ssn", "8-7-2-8-5-7-0-3-0")]
    public void Single_digits_each_joined_by_a_dot_or_a_hyphen(string text, string label, string number) => Assert.Equal((label, number), Only(text));

    [Theory]
    [InlineData("snmpget -v2c -c public host 1.3.6.1.2.1.1.1.0")]
    [InlineData("snmpwalk host 1.3.6.1.4.1.9.9.4")]
    [InlineData("upgrade from 1.2.3.4.5.6.7.89 to the next build")]
    [InlineData("see section 2.1.4.3.1.2.5 of the manual")]
    [InlineData("steps 1-2-3-4-5-6 then 7")]
    [InlineData("build v1.2.3.4.5.6.7.8 is out")]
    public void Outlines_versions_and_oids_of_single_digits_are_not_numbers(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("IBAN GB82 WEST 1234\n5698 7654 32 ref", "GB82 WEST 1234\n5698 7654 32")]
    [InlineData("IBAN: GB 82 WEST 1234 5698 7654 32", "GB 82 WEST 1234 5698 7654 32")]
    [InlineData("IBAN: GB82 WEST / 1234 5698 7654 32", "GB82 WEST / 1234 5698 7654 32")]
    [InlineData("IBAN G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2 ok", "G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2")]
    public void Ibans_with_line_breaks_marks_or_spread_characters(string text, string iban) => Assert.Equal(("iban", iban), Only(text));

    [Theory]
    [InlineData("NI number AB-12-34-56-C", "AB-12-34-56-C")]
    [InlineData("ni no: ab/123456/c", "ab/123456/c")]
    [InlineData("NINO AB.12.34.56.C.", "AB.12.34.56.C")]
    [InlineData("NINO AB 12\n34 56 C", "AB 12\n34 56 C")]
    public void Ninos_with_other_separators_or_case(string text, string nino) => Assert.Equal(("nino", nino), Only(text));

    [Theory]
    [InlineData("GET /cb?tel=%2B44%2020%207946%200018&lang=en", "phone", "%2B44%2020%207946%200018")]
    [InlineData("GET /pay?cc=4111%201111%201111%201111&exp=0927", "card", "4111%201111%201111%201111")]
    [InlineData("Reply-To: ana.lee=40harbor.example", "email", "ana.lee=40harbor.example")]
    public void Percent_and_quoted_printable_encoded_values(string text, string label, string value) => Assert.Equal((label, value), Only(text));

    [Theory]
    [InlineData("| year | 2019 | 2020 | 2021 | 2022 |")]
    [InlineData("| qty | 120 | 450 | 3300 |")]
    [InlineData("see /srv/212/555/0199/logs")]
    [InlineData("key id_529_31_4412_x")]
    [InlineData("at 2024-05-12 10:30 the job ran")]
    [InlineData("mededeling +++090/5431/92965+++")]
    [InlineData("room 12 IO 45 and gate 7")]
    public void Number_tables_paths_identifiers_and_times_are_not_regrouped(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    /// <summary>A revealed view once read "ahead. jane.doe@…" as a spaced address and the wider match replaced the plain one.</summary>
    [Theory]
    [InlineData("the courier will call ahead. jane.doe@example.com\nGB82 WEST 1234 5698 7654 32\nContact us today.")]
    [InlineData("Caf\u00e9 hours: call ahead. jane.doe@example.com")]
    public void A_full_stop_before_an_address_is_not_part_of_it(string text)
    {
        var email = Assert.Single(Pii.Find(text, PiiKinds.All), m => m.Label == "email");
        Assert.Equal("jane.doe@example.com", text.Substring(email.Start, email.Length));
    }

    [Fact]
    public void A_loose_iban_with_a_wrong_check_is_not_one() => Assert.Empty(Pii.Find("IBAN GB82 WEST 1234\n5698 7654 33 (a typo)", PiiKinds.Iban));

    [Theory]
    [InlineData("Paciente: Ana Ruiz, fecha de nacimiento 03/07/1971, alergias: ninguna", "03/07/1971")]
    [InlineData("Geburtsdatum: 14.02.1988, Kasse: Musterkasse", "14.02.1988")]
    [InlineData("Nom : Girard\nNé(e) le : 09/11/1959\nVille : Lyon", "09/11/1959")]
    [InlineData("Data urodzenia: 4 IX 1990", "4 IX 1990")]
    [InlineData("Mario Bianchi, nato il 21/06/1966 a Torino", "21/06/1966")]
    [InlineData("Obituary: Ada Lind (b. 1931-04-02, d. 2024-12-01)", "1931-04-02")]
    [InlineData("Agent: can I take your date of birth?\nCaller: 30/10/1979", "30/10/1979")]
    [InlineData("I was born on the 3rd of May, 1984", "3rd of May, 1984")]
    [InlineData("DOB 7 Aug '91", "7 Aug '91")]
    [InlineData("date of birth: 12 \u2014 03 \u2014 1999", "12 \u2014 03 \u2014 1999")]
    public void Dates_of_birth_labelled_in_other_languages_or_written_in_other_forms(string text, string date) => Assert.Equal(("dob", date), Only(text));

    /// <summary>Labels in other scripts and East Asian dates, read through the revealed text (spans cover the original characters).</summary>
    [Theory]
    [InlineData("Пациент: Иванова\nДата рождения: 07.04.1983", "07.04.1983")]
    [InlineData("患者の生年月日\uFF1A\uFF11\uFF19\uFF17\uFF14年\uFF13月\uFF12\uFF19日", "\uFF11\uFF19\uFF17\uFF14年\uFF13月\uFF12\uFF19")]
    [InlineData("생년월일: 1990년 2월 14일", "1990년 2월 14")]
    [InlineData("出生日期：1968年10月3日，籍贯：杭州", "1968年10月3")]
    [InlineData("Doğum tarihi: 22/08/1975", "22/08/1975")]
    [InlineData("Inscription : Léa Martin, née le 14 février 1992, Lyon", "14 février 1992")]
    [InlineData("Geburtsdatum: 5. März 1980", "5. März 1980")]
    [InlineData("Paciente nacido el 12 de mayo de 1975 en Cádiz", "12 de mayo de 1975")]
    [InlineData("Név: Kovács Eszter · Születési idő: 2003. február 28. · Anyja neve: Nagy Mária", "2003. február 28.")]
    [InlineData("Születési dátum: 1979. március 4.", "1979. március 4.")]
    [InlineData("تاریخ تولد: 2005-04-01 (میلادی)", "2005-04-01")]
    [InlineData("תיק רפואי: נולד/ה ב-26/02/1956, תאריך ביקור 24/02/2019", "26/02/1956")]
    [InlineData("נולדתי 12 באוגוסט 1998 בחיפה.", "12 באוגוסט 1998")]
    [InlineData("Phiếu đăng ký — Họ tên: Trần Minh — Ngày sinh: ngày 8 tháng 4 năm 1963 — SĐT: xem hồ sơ", "ngày 8 tháng 4 năm 1963")]
    [InlineData("Họ và tên: Nguyễn Văn An, sinh ngày 26 tháng 8 năm 1966 tại Hà Nội.", "ngày 26 tháng 8 năm 1966")]
    public void Dates_of_birth_labelled_in_other_scripts_or_with_their_month_names(string text, string date) => Assert.Equal(("dob", date), Only(text));

    /// <summary>Round five: a month named in another language or script, a weekday before the date, <c>geb. am</c>, percent-encoded quotes, and the labels of a table's header in other languages.</summary>
    [Theory]
    [InlineData("Дата рождения: 27 ноября 1967 г.", "27 ноября 1967")]
    [InlineData("Doğum tarihi: 19 Ağustos 1971", "19 Ağustos 1971")]
    [InlineData("Syntymäaika: 17. lokakuuta 1965", "17. lokakuuta 1965")]
    [InlineData("Syntymaaika: 3 maaliskuuta 1990", "3 maaliskuuta 1990")]
    [InlineData("Ημερομηνία γέννησης: 2 Δεκεμβρίου 2000", "2 Δεκεμβρίου 2000")]
    [InlineData("Datum narození: 14. července 1961", "14. července 1961")]
    [InlineData("Data nașterii: 9 martie 1958", "9 martie 1958")]
    [InlineData("Född: 1990-09-08, personnummer finns i bilagan", "1990-09-08")]
    [InlineData("She was born on Monday, 19 May 1947, at 4:12 in the morning.", "Monday, 19 May 1947")]
    [InlineData("made between Nordwind GmbH and Mei Silva, born 25. Oktober 1945, payments to", "25. Oktober 1945")]
    [InlineData("Hiermit bevollmächtige ich Hiroshi, geb. am 24.11.2001, mich zu vertreten.", "24.11.2001")]
    [InlineData("dob=%221956-12-28%22&name=redacted", "1956-12-28")]
    public void Dates_of_birth_with_other_month_names_weekdays_or_encoded_quotes(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("He was born on the fourth of July, 1976 in Boston.", "fourth of July, 1976")]
    [InlineData("DOB: the twenty-first of March 1980", "twenty-first of March 1980")]
    [InlineData("Date of birth: thirtieth of November, 1961", "thirtieth of November, 1961")]
    [InlineData("Nascida em 2 de agosto de 1996, em Porto Alegre.", "2 de agosto de 1996")]
    [InlineData("date of birth? Receptionist: on the Wednesday, twenty-seventh of September, 1976", "Wednesday, twenty-seventh of September, 1976")]
    public void Dates_of_birth_with_the_day_in_words_or_after_a_portuguese_label(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("We met on the third of May, 1958, in Leeds.")]
    [InlineData("The shop was born from a hobby; it opened on the first of the month.")]
    [InlineData("Chegada em 2 de agosto de 2026, saída no dia 9.")]
    public void Days_in_words_without_a_birth_label_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    [Theory]
    [InlineData("DOB: 19551111  SEX: F  ISSUED: 20190302", "19551111")]
    [InlineData("birth_date=20000229", "20000229")]
    public void Dates_of_birth_written_as_eight_digits_after_a_label(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("order 20190302 shipped")]
    [InlineData("DOB: 19551311 is not a date")]
    public void Eight_digits_without_a_birth_label_or_a_month_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    [Theory]
    [InlineData("联系人\uFF1A陈伟  联系电话\uFF1A17729082651", "17729082651")]
    [InlineData("我的手机号13862772098，麻烦尽快处理。", "13862772098")]
    [InlineData("携帯：09012345678 までご連絡ください", "09012345678")]
    public void Bare_mobile_numbers_after_a_phone_label_in_chinese_japanese_or_korean(string text, string phone) =>
        Assert.Equal(("phone", phone), Only(System.Text.RegularExpressions.Regex.Unescape(text)));

    [Theory]
    [InlineData("Kundennr;Vorname;Geburtsdatum\n7242154;Elena;12.07.1956", "12.07.1956")]
    [InlineData("\"Nombre\",\"Fecha de nacimiento\"\n\"Pieter Achterberg\",\"13/07/1983\"", "13/07/1983")]
    public void Dates_of_birth_in_a_column_headed_in_another_language(string text, string date) => Assert.Equal(("dob", date), Only(text.Replace("\\n", "\n")));

    /// <summary>Rule P12 (bench/quality/data/pii/README.md): a date of birth wrapped in a call, a German "Geburtstag" label or column, a label asked and answered on the next turn.</summary>
    [Theory]
    [InlineData("{ \"_id\": 7, \"dob\" : ISODate(\"1981-02-17\"), \"v\": 2 }", "1981-02-17")]
    [InlineData("UPDATE patients SET dob = TO_DATE('14.03.1962', 'DD.MM.YYYY') WHERE id = 9;", "14.03.1962")]
    [InlineData("Geburtstag: 02.11.1974, Abteilung Einkauf", "02.11.1974")]
    [InlineData("Name;Vorname;Geburtstag\nKrause;Jonas;23.06.1988", "23.06.1988")]
    [InlineData("| Mitarbeiter | Geburtstag |\n|---|---|\n| Jonas Krause | 23.06.1988 |", "23.06.1988")]
    [InlineData("Bot: Wie lautet Ihr Geburtsdatum?\nNutzerin: 25. Juli 1990", "25. Juli 1990")]
    public void Dates_of_birth_in_calls_german_birthday_labels_and_answered_questions(string text, string date) => Assert.Equal(("dob", date), Only(text.Replace("\\n", "\n")));

    [Theory]
    [InlineData("Zum Geburtstag am 12.05.2024 gratulieren wir herzlich.")]
    [InlineData("{ \"createdAt\" : ISODate(\"2024-02-17T00:00:00Z\") }")]
    [InlineData("UPDATE orders SET due = TO_DATE('14.03.2024', 'DD.MM.YYYY');")]
    [InlineData("Wie lautet Ihr Termin?\nNutzerin: 25. Juli 2025")]
    public void Birthdays_parties_and_other_dates_in_calls_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text.Replace("\\n", "\n"), PiiKinds.All));

    /// <summary>Rule P13: Indonesian and Malay birth labels, <c>tanggal lahir</c>, <c>tarikh lahir</c>, <c>lahir</c>, with their month names (pii-confirm14, -12, -11).</summary>
    [Theory]
    [InlineData("Nama: Budi Santoso | Tanggal lahir: 2 Agustus 2003 | Kota: Medan", "2 Agustus 2003")]
    [InlineData("Nama: Ahmad Zulkifli bin Ismail | Tarikh lahir: 30 September 2004", "30 September 2004")]
    [InlineData("Formulir pendaftaran: Nama Dewi Lestari, tanggal lahir 18 Januari 1969.", "18 Januari 1969")]
    [InlineData("Pasien: Budi Santoso, lahir 16/10/1950, kontrol ulang minggu depan", "16/10/1950")]
    [InlineData("{\"nama\":\"Nadia Yusof\",\"tarikh_lahir\":\"1942-05-24\"}", "1942-05-24")]
    [InlineData("Tanggal kelahiran: 3 Maret 1972", "3 Maret 1972")]
    [InlineData("Tarikh lahir: 12 Ogos 1985", "12 Ogos 1985")]
    [InlineData("Tarikh lahir: 7 Disember 1979", "7 Disember 1979")]
    public void Dates_of_birth_under_indonesian_and_malay_labels(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("Tanggal pendaftaran: 2 Agustus 2023")]
    [InlineData("Rapat pada 17 Agustus 2024 di Jakarta, tanggal lahir peserta tidak perlu.")]
    [InlineData("Hari Lahir Pancasila diperingati setiap 1 Juni.")]
    [InlineData("Anak kedua lahir dengan selamat pada tahun 2020, beratnya 3,2 kg.")]
    [InlineData("Tarikh mesyuarat: 12 Ogos 2025")]
    public void Other_dates_near_indonesian_and_malay_words_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    /// <summary>Rule P14: the birthplace and a comma between <c>Tempat/Tgl. Lahir</c> and the date (pii-confirm15, -9).</summary>
    [Theory]
    [InlineData("[ocr] SURAT IZIN MENGEMUDI  Tempat/Tgl. Lahir: SURABAYA, 24-06-1955  Berlaku s/d 15-05-2029", "24-06-1955")]
    [InlineData("Nama: Siti Rahma\nTempat/Tgl Lahir: Bandung, 24-09-1992\nBerlaku Hingga: SEUMUR HIDUP", "24-09-1992")]
    [InlineData("Tempat, tanggal lahir: Tanjung Pinang, 3 Maret 1972", "3 Maret 1972")]
    public void Dates_of_birth_after_an_indonesian_birthplace(string text, string date) => Assert.Equal(("dob", date), Only(text.Replace("\\n", "\n")));

    [Theory]
    [InlineData("Tempat lahir: Bandung, terdaftar 24-09-2021")]
    [InlineData("Anak kedua lahir di Medan, kontrol ulang 25/08/2025")]
    [InlineData("lahir dengan selamat pada tahun 2020, 12/03/2021 kontrol")]
    public void Other_dates_after_a_place_and_the_word_lahir_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    /// <summary>Rule P14: a JSON name/value pair whose name is a birth keyword (pii-confirm13; the form in -15).</summary>
    [Theory]
    [InlineData("{\"fields\":[{\"name\":\"bday\",\"value\":\"1943-05-12\"}],\"formId\":\"c3da\"}", "1943-05-12")]
    [InlineData("[{\"name\": \"date_of_birth\", \"value\": \"12/05/1961\"}]", "12/05/1961")]
    public void Dates_of_birth_in_json_name_value_pairs(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("[{\"name\":\"created\",\"value\":\"2024-05-12\"}]")]
    [InlineData("[{\"name\":\"bday_reminder\",\"value\":\"2024-05-12\"}]")]
    public void Other_dates_in_json_name_value_pairs_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    [Theory]
    [InlineData("Termin am 25. Oktober 2024 in Berlin")]
    [InlineData("Дата встречи: 27 ноября 2025")]
    [InlineData("Toplantı 19 Ağustos 2024 günü")]
    [InlineData("A találkozó 2021. március 14. napján lesz, Születési hely: Pécs")]
    [InlineData("تاریخ ثبت نام: 2021-04-01")]
    [InlineData("הפגישה ב-12 באוגוסט 2024 בחיפה.")]
    [InlineData("Cuộc họp vào ngày 26 tháng 8 năm 2024 tại Hà Nội.")]
    [InlineData("The idea was born. On Monday, 19 May 2025 we ship it.")]
    [InlineData("q=%221956-12-28%22&sort=asc")]
    [InlineData("Lieferdatum;Artikel\n12.07.2024;Kabel")]
    public void Dates_with_those_month_names_or_quotes_but_no_birth_label_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text.Replace("\\n", "\n"), PiiKinds.All));

    /// <summary>Chinese, Japanese and Korean write a number against the words around it, with no space: it still stands alone.</summary>
    [Theory]
    [InlineData("你好\uFF0C我的手机号是132-0651-9046\uFF0C谢谢", "132-0651-9046")]
    [InlineData("안녕하세요, 제 번호는 010-8682-1363이고 이메일은 없습니다", "010-8682-1363")]
    [InlineData("電話番号は090-1234-5678です", "090-1234-5678")]
    public void Phone_numbers_written_against_words_of_scripts_without_spaces(string text, string phone) => Assert.Equal(("phone", phone), Only(text));

    [Theory]
    [InlineData("Order ORD132-0651-9046 shipped")]
    [InlineData("build x132-0651-9046y failed")]
    public void Digits_glued_to_latin_letters_still_are_not_a_phone(string text) => Assert.DoesNotContain(Pii.Find(text, PiiKinds.All), m => m.Label == "phone");

    [Theory]
    [InlineData("curl -u diego.nguyen@kestrel-analytics.io:ATATT3xFfGF01H4qciGFEMH https://kestrel.example/rest", "diego.nguyen@kestrel-analytics.io")]
    [InlineData("curl --user ana.lima@corp.example:pat123 https://api.corp.example", "ana.lima@corp.example")]
    public void An_address_given_as_the_user_of_a_credential_option_is_an_email(string text, string address) =>
        Assert.Contains(Pii.Find(text, PiiKinds.Email), m => text.Substring(m.Start, m.Length) == address);

    [Theory]
    [InlineData("MSH|^~\\&|LAB|HOSP|||202403011200||ADT^A01|1|P|2.5\nPID|1||MRN5512||Okafor^Ada||19840312|F", "19840312")]
    [InlineData("INSERT INTO patients (id, full_name, date_of_birth) VALUES (7, 'O''Brien', '1972-11-30');", "1972-11-30")]
    [InlineData("COPY members (id, birthdate, city) FROM stdin;\n41\t1969-02-17\tLeeds\n\\.", "1969-02-17")]
    public void Dates_of_birth_in_records_whose_layout_names_the_field(string text, string date) => Assert.Equal(("dob", date), Only(text.Replace("\\n", "\n").Replace("\\t", "\t")));

    // Rule P15: an HL7 PID segment's phone (field 13) and SSN (field 19), and a segment after a note on the same line
    // (pii-confirm16 with -11, -13 and -14).
    [Theory]
    [InlineData("PID|1||2533433^^^MRN^MR||ELLIS^RYAN^G||19760401|F|||12 OAK ST^^SPRINGFIELD^IL^71410||8265007039^PRN^PH|||||787819758^^^^AN|125539301",
        new[] { "19760401", "8265007039", "125539301" })]
    [InlineData("HL7: PID|1||884412^^^HOSP^MR||DOE^JANE||19770209|F|||100 MAIN ST^^SPRINGFIELD^IL||6026725643", new[] { "19770209", "6026725643" })]
    [InlineData("ADT^A08 rejected: PID|1||8817891^^^MRN^MR||BENNETT^GRACE^R||19890619|F|||||||||||||773-82-6111", new[] { "19890619", "773-82-6111" })]
    public void Patient_segment_fields_name_a_phone_and_an_ssn(string text, string[] values) =>
        Assert.Equal(values, Pii.Find(text, PiiKinds.All).Select(m => text.Substring(m.Start, m.Length)));

    [Theory]
    [InlineData("PID|1||8817891^^^MRN^MR||BENNETT^GRACE^R||xx|F|||908 OAK ST^^SPRINGFIELD^IL^67839||N/A^PRN^PH|||||186599630^^^^AN|638-00-2585 — SSN field contains invalid group 00.")]
    [InlineData("XPID|1||1||A^B||x|F|||||4492016143|||||||261396674")]
    [InlineData("PID|1||1||A^B||x|F|||||12^PRN|||||||000123456")]
    public void Patient_segment_fields_that_are_not_a_phone_or_an_ssn_are_not_one(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Fact]
    public void Every_row_of_an_insert_is_read()
    {
        const string text = "insert into staff (email_hash, dob) values ('a1', '1961-01-09'), ('b2', '1977-07-21');";
        Assert.Equal(["1961-01-09", "1977-07-21"], Pii.Find(text, PiiKinds.All).Select(m => text.Substring(m.Start, m.Length)));
    }

    [Theory]
    [InlineData("PID|1||MRN5512||Okafor^Ada||20241399|F")]
    [InlineData("INSERT INTO events (id, dob_checked, at) VALUES (1, true, '2024-01-02');")]
    [InlineData("INSERT INTO people (id, dob) VALUES (3, NULL);")]
    [InlineData("The launch date: 2001年6月5日")]
    public void Record_fields_that_are_not_a_birth_date_are_not_one(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    [Theory]
    [InlineData("Release on 12 XII 2024 and review on 03/07/2025.")]
    [InlineData("Feb. 12/05/2020 was the deadline")]
    [InlineData("Agent: can I take your date of birth?\nCaller: no, sorry")]
    [InlineData("geb. Schmidt, verheiratet seit 2001")]
    public void Dates_without_a_birth_label_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    [Theory]
    [InlineData("Date of Birth (mm/dd/yyyy): 07/03/1966", "07/03/1966")]
    [InlineData("Date of birth (DD.MM.YYYY) 08.01.1956", "08.01.1956")]
    [InlineData("| Legal name | Ann Roe |\n| Date of birth | 23 December 1998 |", "23 December 1998")]
    [InlineData("BEGIN:VCARD\nFN:Ann Roe\nBDAY:1986-09-19\nEND:VCARD", "1986-09-19")]
    [InlineData("BEGIN:VCARD\nBDAY:20031031\nEND:VCARD", "20031031")]
    [InlineData("Il sottoscritto Rossi, nato a Bari il 10 aprile 1983, chiede il rinnovo", "10 aprile 1983")]
    [InlineData("nata a Reggio Emilia il 02/05/1971", "02/05/1971")]
    [InlineData("<DateNaissance>1952-05-27</DateNaissance>", "1952-05-27")]
    [InlineData("{\"date_naissance\": \"14/11/2000\"}", "14/11/2000")]
    [InlineData("Date de naiss. : 24.09.1996", "24.09.1996")]
    [InlineData("{\"dataNascimento\": \"07/10/1981\"}", "07/10/1981")]
    [InlineData("{\"nombre\":\"Marta Gil\",\"fecha_nacimiento\":\"1965-03-19\"}", "1965-03-19")]
    [InlineData("clients:\n  - nom: Noémie Faure\n    naissance: 2001-09-17\n    cree_le: 2025-08-17", "2001-09-17")]
    [InlineData("تاريخ الميلاد: 1960/08/29 — تاريخ انتهاء الإقامة: 02-04-2017", "1960/08/29")]
    [InlineData("Date of birth: 2004.06.16", "2004.06.16")]
    [InlineData("Su número de cliente es 4471 y nació el 10/12/1960.", "10/12/1960")]
    [InlineData("Hola, soy Amara, nací el 10 de noviembre de 1977 en Lugo.", "10 de noviembre de 1977")]
    [InlineData("Agnieszka Zielińska, urodzona 30 stycznia 1970 r. w Gdańsku.", "30 stycznia 1970")]
    [InlineData("Jan Nowak urodził się 12.03.1961 w Łodzi", "12.03.1961")]
    [InlineData("Я народився 8 листопада 1955 р. у Львові.", "8 листопада 1955")]
    [InlineData("Он родился 3 ноября 1997 года в Казани.", "3 ноября 1997")]
    [InlineData("बच्चे का नाम सुनील पटेल, जन्म तिथि 10 जून 2012।", "10 जून 2012")]
    [InlineData("नाम: अर्जुन मेहता\nजन्म तिथि: 22 मार्च 2007", "22 मार्च 2007")]
    public void Dates_of_birth_after_a_format_hint_a_cell_border_a_vcard_field_or_a_field_name_label(string text, string date) =>
        Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("生年月日：平成10年7月12日", "平成10年7月12日")]
    [InlineData("生年月日 昭和54年3月5日生", "昭和54年3月5日")]
    [InlineData("วันเกิด: 11 พฤษภาคม 2506", "11 พฤษภาคม 2506")]
    [InlineData("วันเกิด: 20 กันยายน พ.ศ. 2500", "20 กันยายน พ.ศ. 2500")]
    public void Dates_of_birth_in_japanese_eras_or_the_thai_buddhist_era(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("入社日：令和6年4月1日")]
    [InlineData("วันที่ออกบัตร: 3 พฤษภาคม 2568")]
    [InlineData("NATO summit on 10 aprile 1983 in Bari")]
    [InlineData("The form asks for (mm/dd/yyyy) 07/03/1966 dates.")]
    [InlineData("| Start date | 9 June 2024 |")]
    [InlineData("Fecha de alta: 2024/09/07, versión 2004.06.16")]
    [InlineData("fecha_nacional: 12/03/1985 y nacionalidad española")]
    [InlineData("Lieu de naissance : Paris, arrivé le 12/03/1990")]
    [InlineData("Nach Rücksprache am 12.03.1985 geändert")]
    [InlineData("Он родился в Казани, переехал 3 ноября 1997 года.")]
    [InlineData("प्रवेश तिथि 10 जून 2012 है")]
    [InlineData("urodziny firmy: 30 stycznia 1970")]
    [InlineData("Urodziny Zośki świętujemy 30 stycznia 1970 roku")]
    [InlineData("Nació en Lugo y el 12/03/1985 se mudó a Vigo.")]
    public void Era_dates_and_italian_dates_without_a_birth_label_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    [Theory]
    [InlineData("P<FRALEFEVRE<<CAMILLE<<<<<<<<<<<<<<<<<<<<<<<\nNOL8CBREO2FRA8312022M2909288<<<<<<<<<<<<<<06", "831202")]
    [InlineData("IDD<<SUKTXBQ621<<<<<<<<<<<<<<<\n9807213<2712044D<<<<<<<<<<<<<4\nBIANCHI<<ELENI<<<<<<<<<<<<<<<<", "980721")]
    [InlineData("OCR:\n  YZ513694<5CAN6311238M2812047<<<<<<<<<<<<<<00  ", "631123")]
    public void The_date_of_birth_of_a_machine_readable_zone(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    [InlineData("NOL8CBREO2FRA8313022M2909288<<<<<<<<<<<<<<06")]
    [InlineData("NOL8CBREO2FRA831202 M2909288<<<<<<<<<<<<<<06")]
    [InlineData("build 1234567890<<ABCDEFGHIJKLMNOPQRSTU")]
    public void Specimens_and_lines_not_shaped_as_a_machine_readable_zone_are_not_dates_of_birth(string text) =>
        Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    [Theory]
    [InlineData("employee_id,name,ssn,hire_date\n26427,\"Dawson, Ryan\",705744325,2016-04-02\n21803,\"Nguyen, Tom\",195546880,2022-01-16", "705744325,195546880")]
    [InlineData("COPY public.members (member_id, full_name, ssn) FROM stdin;\n78254\tAnn Roe\t519540821\n\\.", "519540821")]
    public void Nine_bare_digits_in_a_column_headed_ssn_are_ssns(string text, string ssns)
    {
        var found = Pii.Find(text, PiiKinds.All);
        Assert.All(found, m => Assert.Equal("ssn", m.Label));
        Assert.Equal(ssns.Split(','), found.Select(m => text.Substring(m.Start, m.Length)));
    }

    [Theory]
    [InlineData("id,ssn_verified,customer_account_number\n1,yes,705744325")]
    [InlineData("id,name,ssn\n1,Ann,705744325123")]
    [InlineData("id,name,ssn\n1,Ann,666123456")]
    [InlineData("ssn checks pending for the whole team this week\n\nid,account\n1,705744325")]
    public void Nine_digits_outside_an_ssn_column_are_not_ssns(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Ssn));

    [Theory]
    [InlineData("{\"email\": \"xiaoling\\u0040seznam.cz\"}", "email", "xiaoling\\u0040seznam.cz")]
    [InlineData("federica\\u002emarino+jobs\\u0040libero\\u002eit", "email", "federica\\u002emarino+jobs\\u0040libero\\u002eit")]
    [InlineData("tel: \\u002b\\u0033\\u0039\\u0020\\u0033\\u0034\\u0031\\u0030\\u0035\\u0032\\u0036\\u0035\\u0032\\u0030", "phone",
        "\\u002b\\u0033\\u0039\\u0020\\u0033\\u0034\\u0031\\u0030\\u0035\\u0032\\u0036\\u0035\\u0032\\u0030")]
    public void Values_written_with_json_unicode_escapes(string text, string label, string value) => Assert.Equal((label, value), Only(text));

    [Theory]
    [InlineData("path C:\\users\\u0040home and \\u00e9t\\u00e9")]
    [InlineData("regex \\u0041-\\u005A matches capitals")]
    public void Unicode_escapes_that_spell_nothing_are_not_pii(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("Content-Transfer-Encoding: quoted-printable\n\nMobil: +49 172 5=\n237042 =E2=80=93 ab 8 Uhr", "phone", "+49 172 5=\n237042")]
    [InlineData("Content-Transfer-Encoding: quoted-printable\r\n\r\nKonto: DE89 3704 0044 0532=\r\n 0130 00 (Bank)", "iban", "DE89 3704 0044 0532=\r\n 0130 00")]
    [InlineData("Content-Transfer-Encoding: quoted-printable\n\nTelefon=3A =2B43=201=207762390", "phone", "=2B43=201=207762390")]
    public void Values_in_a_quoted_printable_body_split_by_a_soft_line_break_or_escaped(string text, string label, string value) =>
        Assert.Equal((label, value), Only(text));

    [Theory]
    [InlineData("Konto: DE89 3704 0044 0532=\n 0130 00 (Bank)")]
    [InlineData("Content-Transfer-Encoding: quoted-printable\n\nwidth=\n100 and height=3D20")]
    public void Without_a_quoted_printable_body_or_digits_nothing_is_joined(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Iban | PiiKinds.Phone));

    [Theory]
    [InlineData("пишите: ivan.petrov собака mail точка ru", "ivan.petrov собака mail точка ru")]
    [InlineData("メール: yamadaアットマークyahooドットcoドットjp まで", "yamadaアットマークyahooドットcoドットjp")]
    [InlineData("m ドット popescu アットマーク gmail ドット com", "m ドット popescu アットマーク gmail ドット com")]
    public void Addresses_spelled_with_russian_or_japanese_words_for_at_and_dot(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("моя собака спит, точка.")]
    [InlineData("ドットの絵とアットマークの記号")]
    public void Those_words_in_prose_are_not_addresses(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    [Theory]
    [InlineData("O meu é pedro.henrique1999 arroba gmail ponto com (escrevi assim)", "pedro.henrique1999 arroba gmail ponto com")]
    [InlineData("Cliente: thiago_rocha arroba uol ponto com ponto br.", "thiago_rocha arroba uol ponto com ponto br")]
    [InlineData("e-mail: larissa ponto souza72 arroba bol ponto com ponto br", "larissa ponto souza72 arroba bol ponto com ponto br")]
    public void Addresses_spelled_with_the_portuguese_word_for_dot(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("Nos vemos no ponto de ônibus, arroba é o símbolo @ do teclado.")]
    [InlineData("O ponto alto foi a arroba de carne ponto final")]
    [InlineData("ponto de venda: loja ponto com, sem arroba")]
    public void The_portuguese_word_for_dot_in_prose_is_not_an_address(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    // Rule P15: at and dot spelled in Swedish, Turkish, Malay/Indonesian (also bracketed), Ukrainian, Chinese and Korean
    // (pii-confirm16 with -8, -14, -15, -7, -10 and -12).
    [Theory]
    [InlineData("Svara via johan_eriksson snabel-a spray punkt se, tack för förnyelsen.", "johan_eriksson snabel-a spray punkt se")]
    [InlineData("Şikayet: müşteri (selin_yilmaz et hotmail nokta com) iki kez ödedi.", "selin_yilmaz et hotmail nokta com")]
    [InlineData("Sila hubungi nurul_binismail [di] streamyx [titik] com.", "nurul_binismail [di] streamyx [titik] com")]
    [InlineData("Kirim ke budi.santoso (et) telkom (titik) net ya", "budi.santoso (et) telkom (titik) net")]
    [InlineData("мій e-mail — iryna.savchuk равлик gmail крапка com.", "iryna.savchuk равлик gmail крапка com")]
    [InlineData("邮箱 jun_chen 艾特 qq 点 com，谢谢", "jun_chen 艾特 qq 点 com")]
    [InlineData("我的邮箱是diego艾特qq点com", "diego艾特qq点com")]
    [InlineData("이메일 jimin-kang 골뱅이 naver 점 com 입니다", "jimin-kang 골뱅이 naver 점 com")]
    public void Addresses_spelled_in_more_languages(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("Toplantı saat 3'te, et ve tavuk nokta atışı gibi pişti.")]
    [InlineData("Saya tinggal di Jakarta, titik kumpul di stasiun.")]
    [InlineData("Comune (di) Roma, ufficio anagrafe")]
    [InlineData("下午3点见，我们在公司门口点名")]
    [InlineData("우리는 3시에 만나요, 점심 먹고 골뱅이 무침")]
    [InlineData("艾特我一下，3点开会")]
    public void Those_words_in_prose_are_not_addresses_either(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    // Rule P16: at and dot spelled in Czech, Vietnamese, Thai and Persian, Romanian punct after a bracketed at, an Indonesian
    // .co.id address (pii-confirm17 with -8, -14, -15), and an address percent-encoded character by character (-17 with -8,
    // -10 and -12).
    [Theory]
    [InlineData("Přihláška k maturitě, e-mail jiriprochazkova08 zavináč centrum tečka cz. Rodné číslo", "jiriprochazkova08 zavináč centrum tečka cz")]
    [InlineData("Email của mình: lan.tran a còng gmail chấm com nhé", "lan.tran a còng gmail chấm com")]
    [InlineData("ลูกค้าพิมพ์อีเมล: pwongyai แอท hotmail จุด com ครับ", "pwongyai แอท hotmail จุด com")]
    [InlineData("ایمیل من: niloofar.rezaei ات yahoo دات com", "niloofar.rezaei ات yahoo دات com")]
    [InlineData("{\"email\":\"z.rezaei اَت yahoo دات com\"}", "z.rezaei اَت yahoo دات com")]
    [InlineData("Salut, emailul meu e andrei.popescu1985 (at) yahoo punct ro, trimite", "andrei.popescu1985 (at) yahoo punct ro")]
    [InlineData("Email saya rizky.pratama di yahoo titik co titik id ya", "rizky.pratama di yahoo titik co titik id")]
    [InlineData("login_hint=%6A%2E%6B%61%6D%69%6E%73%6B%69%40%67%6D%61%69%6C%2E%63%6F%6D&state=9", "%6A%2E%6B%61%6D%69%6E%73%6B%69%40%67%6D%61%69%6C%2E%63%6F%6D")]
    public void Addresses_spelled_or_encoded_in_still_more_ways(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("Ta tečka na konci věty je zavináč problému.")]
    [InlineData("Anh ấy chấm điểm bài thi, a còng lưng làm việc.")]
    [InlineData("Punct de vedere: (at) the end, punct final")]
    [InlineData("path=%2Fhome%2Fuser%2Fdocs%2Freport%2Epdf")]
    [InlineData("q=%48%65%6C%6C%6F%20%57%6F%72%6C%64")]
    public void Those_words_and_other_encoded_runs_are_not_addresses(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    // Rule P17: at and dot spelled in Dutch (pii-confirm18 with -11, -14), Serbian (-18, -14), Slovak (-18; Czech in -8,
    // -17), the Swahili dot after a bracketed at (-18, -14), and an unambiguous at word before a dotted domain (-18, -15).
    [Theory]
    [InlineData("Terugbetaling graag naar pieter.bakker apenstaartje ziggo punt nl, bedankt", "pieter.bakker apenstaartje ziggo punt nl")]
    [InlineData("Kontakt: n.nikolic majmunče gmail tačka com — hvala", "n.nikolic majmunče gmail tačka com")]
    [InlineData("Sčítanie: e-mail peter.kovac zavináč centrum bodka sk, telefón neuvedený", "peter.kovac zavináč centrum bodka sk")]
    [InlineData("Kumbukumbu: barua pepe yake ni juma.otieno (at) yahoo nukta com kwa sasa", "juma.otieno (at) yahoo nukta com")]
    [InlineData("Escribe a marco.esposito chiocciola virgilio.it quando puoi", "marco.esposito chiocciola virgilio.it")]
    [InlineData("Meu e-mail: ana.souza arroba terra.com.br, me chama", "ana.souza arroba terra.com.br")]
    public void Addresses_spelled_in_dutch_serbian_slovak_and_swahili(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("Dat is een goed punt, en het apenstaartje staat op de toets.")]
    [InlineData("Tačka na kraju rečenice, majmunče se smeje.")]
    [InlineData("Bodka za vetou a nukta ya mwisho.")]
    [InlineData("I work at example.com and shop at store.example.org")]
    [InlineData("La chiocciola del sito nuovo.html e la arroba version.2 del archivo")]
    public void Those_words_in_prose_are_not_addresses_there_either(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    // Rule P18: at and dot spelled in Filipino (pii-confirm19, -18), Greek (-19, -8, -15) and Hebrew (-19, -15).
    [Theory]
    [InlineData("Pakipadala sa fatima.oliveira at gmx tuldok net ang resibo", "fatima.oliveira at gmx tuldok net")]
    [InlineData("email ko: maria.santos at gmail tuldok com, petsa ng order", "maria.santos at gmail tuldok com")]
    [InlineData("Στείλτε μου στο jomarola70 παπάκι fitness-varna τελεία gr τα έγγραφα.", "jomarola70 παπάκι fitness-varna τελεία gr")]
    [InlineData("email: k.georgiou παπάκι gmail τελεία com με τα έγγραφα", "k.georgiou παπάκι gmail τελεία com")]
    [InlineData("תשלחי לי ל fatima.bianchi שטרודל hot נקודה ee — תודה", "fatima.bianchi שטרודל hot נקודה ee")]
    [InlineData("המייל שלי noa.levi שטרודל 012 נקודה net נקודה il", "noa.levi שטרודל 012 נקודה net נקודה il")]
    public void Addresses_spelled_in_filipino_greek_and_hebrew(string text, string address) => Assert.Equal(("email", address), Only(text));

    [Theory]
    [InlineData("Ang tuldok sa dulo ng pangungusap, at ang kuwit.")]
    [InlineData("Το παπάκι κολυμπάει, τελεία και παύλα.")]
    [InlineData("שים נקודה בסוף המשפט, השטרודל במקלדת.")]
    public void Those_filipino_greek_and_hebrew_words_in_prose_are_not_addresses(string text) => Assert.Empty(Pii.Find(text, PiiKinds.All));

    // Rule P17: Swahili "-zaliwa" (pii-confirm18 with -14, -16), Filipino labels and month names (-18 with -14, -16),
    // Danish and Norwegian "født" with Danish month names (-18, -17), German "geboren bin ich am" (-18, -5).
    [Theory]
    [InlineData("Kumbukumbu: mtumiaji alizaliwa 3 Septemba 1947, barua pepe yake", "3 Septemba 1947")]
    [InlineData("naomba kurudia dawa ya presha, nilizaliwa 03/03/2001, namba yangu", "03/03/2001")]
    [InlineData("Mteja: Wanjiru Njoroge, tarehe ya kuzaliwa: 13/06/1984, nambari ya kitambulisho", "13/06/1984")]
    [InlineData("Mteja alizaliwa tarehe 3 Juni 1949; anwani ya barua pepe", "3 Juni 1949")]
    [InlineData("Health pre-authorization: Petsa ng kapanganakan ng miyembro Enero 6, 1980, PIN on file", "Enero 6, 1980")]
    [InlineData("Petsa ng kapanganakan: Disyembre 2, 1983 | Lugar ng kapanganakan: Cebu", "Disyembre 2, 1983")]
    [InlineData("Pagsusuri ng aplikante: NBI clearance no. 131773838060, ipinanganak noong Enero 3, 1983, email on file", "Enero 3, 1983")]
    [InlineData("Bumble: Kumusta! Birthday ko ay Nobyembre 7, 1960 haha", "Nobyembre 7, 1960")]
    [InlineData("Salamat!\nBirthday ko po ay Pebrero 3, 1953, kaso mali", "Pebrero 3, 1953")]
    [InlineData("Rentevisning fra ATP: Født 7. maj 1988 · NemKonto", "7. maj 1988")]
    [InlineData("leietaker: Ingrid Haugen, født 20. oktober 2004; leieperiode", "20. oktober 2004")]
    [InlineData("Übrigens, geboren bin ich am 14. September 2005, das braucht die Versicherung", "14. September 2005")]
    public void Dates_of_birth_in_swahili_filipino_danish_and_german_phrasings(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("Malipo yalifanyika tarehe 3 Juni 2024, asante")]
    [InlineData("Ang pulong ay sa Enero 6, 2025 sa opisina")]
    [InlineData("Lugar ng kapanganakan: Cebu, rehistro 12/05/2020")]
    [InlineData("Faktura fra 7. maj 2024, forfald 21. maj 2024")]
    public void Other_dates_in_those_languages_are_not_dates_of_birth_either(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    // Rule P18: birth labels and verbs seen in pii-confirm19 and an earlier design set: Amharic (-14, -16), Tamil (-14),
    // Greek abbreviated (-17), Serbo-Croatian rođen with its month names (-18), Devanagari जन्म (-10, -11, -14), Zulu
    // -zalwa (-15), and an XML element named for the birth date (-12, -16, -18).
    [Theory]
    [InlineData("የአባልነት ቅጽ\nስም: ሰላም ተስፋዬ\nየትውልድ ቀን: 19/04/1948\nአድራሻ", "19/04/1948")]
    [InlineData("ተጠቃሚ: የትውልድ ቀኔ 19/05/2011 ነው", "19/05/2011")]
    [InlineData("ስም፡ ሀና በቀለ — የትውልድ ቀን፡ 05/12/1979 —", "05/12/1979")]
    [InlineData("பெயர் கார்த்திக் ராமன், பிறந்த தேதி 03/09/2014, வாகனம்", "03/09/2014")]
    [InlineData("பதிவு: லட்சுமி ஐயர், பிறந்த நாள் 28/09/1938, அட்டை", "28/09/1938")]
    [InlineData("Οδηγός: Νίκος Γεωργίου, γεν. 14/08/2008.", "14/08/2008")]
    [InlineData("Επωνυμία: Γεωργίου Νίκος\nΗμ. γέννησης: 06/05/1964\nΑΦΜ", "06/05/1964")]
    [InlineData("Otpusno pismo: pacijent Tomislav Horvat, rođen 1. 3. 1941. Dijagnoza", "1. 3. 1941")]
    [InlineData("Provjera kandidata: rođena 26. aprila 1995. Kontakt", "26. aprila 1995")]
    [InlineData("Ime i prezime: Ivan Babić\nDatum rođenja: 25. kolovoza 1962.", "25. kolovoza 1962")]
    [InlineData("मराठी ग्राहक: माझी जन्मतारीख 04/11/1946 आहे", "04/11/1946")]
    [InlineData("विद्यार्थ्याचे नाव: स्नेहा पाटील\nजन्म तारीख: 14/11/2002", "14/11/2002")]
    [InlineData("विद्यार्थी जन्मदिनांक 1941-04-24", "1941-04-24")]
    [InlineData("नाम: राहुल, जन्म: 20 मार्च 2001", "20 मार्च 2001")]
    [InlineData("Uhlu lwamalungu: Thandiwe Dlamini, wazalwa ngo-1991-11-07, inombolo", "1991-11-07")]
    [InlineData("Ngazalwa ngo-2002-05-26, ngicela usize", "2002-05-26")]
    [InlineData("<Employee><Name>Ruta Petrauskas</Name><BirthDate>2013-10-18</BirthDate></Employee>", "2013-10-18")]
    [InlineData("<PrvtId><DtAndPlcOfBirth><BirthDt>1943-02-22</BirthDt>", "1943-02-22")]
    public void Dates_of_birth_in_amharic_tamil_greek_serbo_croatian_devanagari_zulu_and_xml(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("የክፍያ ቀን: 19/04/2024")]
    [InlineData("பிறந்தநாள் விழா அழைப்பு, கூட்டம் 12/05/2024 அன்று")]
    [InlineData("γεν. διευθυντής: Νίκος, σύσκεψη 14/08/2024")]
    [InlineData("Rođendan je 26. aprila, sastanak 12.05.2024.")]
    [InlineData("जन्मदिन पार्टी 12/05/2024 को है")]
    [InlineData("Umhlangano ngo-2024-05-26 ekuseni")]
    [InlineData("<HireDate>2013-10-18</HireDate><Birthplace>Vilnius</Birthplace>")]
    [InlineData("  birth_date date CHECK (birth_date > '1900-01-01')\n);")]
    public void Other_dates_near_those_words_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    // Rule P16: more labels and verbs of birth (Greek, Vietnamese, Bengali; Polish and Czech abbreviated; Portuguese
    // "nascido a") and Arabic month names (pii-confirm17 with -8, -11, -14, -15).
    [Theory]
    [InlineData("Ο μισθωτής Κατερίνα Γεωργίου, γεννηθείς 23 Ιουνίου 1956, κάτοχος ΑΔΤ", "23 Ιουνίου 1956")]
    [InlineData("Ελένη Οικονόμου, ημ/νία γέννησης 07/12/2007, κωδικός", "07/12/2007")]
    [InlineData("Hành khách Hoàng Đức Anh, sinh ngày 24/03/2004. Liên hệ", "24/03/2004")]
    [InlineData("নাম সুমাইয়া আক্তার, জন্ম তারিখ ২৭-০৬-২০০৪, অভিভাবকের", "২৭-০৬-২০০৪")]
    [InlineData("তথ্য: জন্ম তারিখ 12/05/1951", "12/05/1951")]
    [InlineData("najemca Zofia Wiśniewski, ur. 21.08.2003, prawo jazdy", "21.08.2003")]
    [InlineData("Dziecko: Michał Wójcik, data ur. 19.01.2014. Kontakt", "19.01.2014")]
    [InlineData("Nájemce Kateřina Horák (nar. 14. října 1990), kauce", "14. října 1990")]
    [InlineData("Osobní spis: Tereza Černý, narozen(a) 01.04.1956, osobní číslo", "01.04.1956")]
    [InlineData("autorizo o meu educando Mariana Araújo, nascido a 16/02/2013, a participar", "16/02/2013")]
    [InlineData("نموذج التسجيل: فاطمة حداد — تاريخ الميلاد 1 مايو 1988 — تاريخ", "1 مايو 1988")]
    [InlineData("تاريخ الميلاد: ٨ نوفمبر ١٩٤٠", "٨ نوفمبر ١٩٤٠")]
    public void Dates_of_birth_under_still_more_labels(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("Zgłoszenie nr 12, termin 21.08.2026, pokój 4, ul. Długa")]
    [InlineData("Smlouva platí od 14. října 2020, č. 5 (nar. zde není)")]
    [InlineData("تاريخ التسجيل 1 مايو 2024 — الفرع الرئيسي")]
    [InlineData("Hóa đơn ngày 24/03/2024, sinh nhật công ty")]
    public void Other_dates_in_those_languages_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    // Rule P15: the Turkish birth label inflected (doğum tarihim, tarihini; pii-confirm16, -10).
    [Theory]
    [InlineData("Merhaba, doğum tarihim 01.10.1956 — form gün ve ayı karıştırdı.", "01.10.1956")]
    [InlineData("Müşteri doğum tarihini 29.05.1948 olarak verdi.", "29.05.1948")]
    [InlineData("Doğum tarihi: 14.03.1990", "14.03.1990")]
    public void Inflected_turkish_birth_labels_name_a_date_of_birth(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("Sipariş tarihim 10.10.2020, teslim tarihini 12.10.2020 olarak verdiler.")]
    [InlineData("Doğum günü kampanyası 01.05.2026 tarihinde başlıyor.")]
    public void Other_turkish_dates_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    [Fact]
    public void Redaction_covers_every_original_character_of_a_disguised_match()
    {
        const string text = "card 4111\u200B1111\u200B1111\u200B1111 and mail alex[at]litware[dot]com.";
        var redactions = Pii.Find(text, PiiKinds.All)
            .Select(m => new Redaction("f", m.Start, m.Length, Redactor.Replace(text.Substring(m.Start, m.Length), m.Label, RedactionStyle.Tag)))
            .ToImmutableArray();
        Assert.Equal("card [CARD] and mail [EMAIL].", RedactionSet.Apply(text, "f", RedactionSet.Merge(redactions)));
    }

    /// <summary>Invisible characters anywhere inside a card number never hide it, and the span still starts and ends on its digits.</summary>
    [Fact]
    public void Invisible_characters_inside_a_card_never_hide_it()
    {
        Prop.ForAll(PiiPrefilterTests.CardsArb(), Gen.ListOf(Gen.Elements('\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF')).ToArbitrary(), (card, marks) =>
        {
            var sb = new StringBuilder(card);
            var k = 0;
            foreach (var mark in marks)
            {
                sb.Insert(1 + (k++ * 7 % (sb.Length - 1)), mark);
            }
            var text = $"card {sb} ok";
            var found = Pii.Find(text, PiiKinds.Card);
            return found.Length == 1 && found[0].Start == 5 && found[0].End == 5 + sb.Length;
        }).QuickCheckThrowOnFailure();
    }

    // Rule P19: a date a birth label governs, read as a mechanism across writers: words saying whose birth it is before a
    // colon or a bracket (pii-confirm7, -8, -11, -13, -20), a question answered on the next turn (-9, -10, -12), a field
    // named in one word or as an attribute (-9, -12, -13, -19), and Hungarian's spaced year-first date (-12, -20).
    [Theory]
    [InlineData("Date of birth of the policy holder: 5 June 1971; account opened 2 Feb 2014.", "5 June 1971")]
    [InlineData("Fecha de nacimiento del asegurado: 14/02/1966.", "14/02/1966")]
    [InlineData("The DOB she gave (07/08/1980) does not match the file.", "07/08/1980")]
    [InlineData("background check result: name and DOB (11/23/1975) match", "11/23/1975")]
    [InlineData("AGENT: and your date of birth please?\nCALLER: March 4, 1990.", "March 4, 1990")]
    [InlineData("(00:12) Agent: your date of birth? (00:15) Caller: 02/14/1983", "02/14/1983")]
    [InlineData("Agent: please confirm the date of birth on the account.\nCustomer: 21/07/1969", "21/07/1969")]
    [InlineData("HealthKit[12:3] [Profile] dateOfBirth=1988-03-09 sex=female", "1988-03-09")]
    [InlineData("<patient>\n  <birthTime value=\"19650412\"/>\n</patient>", "19650412")]
    [InlineData("fieldname=bday value=1999-01-30; fieldname=city value=Leeds", "1999-01-30")]
    [InlineData("patient[date_of_birth]=04/22/1977&patient[plan]=gold", "04/22/1977")]
    [InlineData("Jelentkezési lap — Születési dátum: 1971. 05. 23. — köszönöm", "1971. 05. 23.")]
    public void Dates_a_birth_label_governs_across_words_turns_and_field_names(string text, string date) => Assert.Equal(("dob", date), Only(text));

    [Theory]
    [InlineData("Date de naissance du projet : 4 mai 2021, lancement public")]
    [InlineData("Tier: Biscuit (Geburtstag des Hundes: 11.04.2019)")]
    [InlineData("The birthday party on Saturday (12/05/2024) is cancelled.")]
    [InlineData("Twins were born. Discharge: 12/03/2020")]
    [InlineData("Date of birth unknown; admitted 12/03/2020")]
    [InlineData("dob verified by agent on 12/03/2020")]
    [InlineData("The 2024. 06. 16. release notes")]
    public void Dates_no_birth_label_governs_are_not_dates_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));

    // Rule P19: Korean and Chinese "birthday" before a date with its particle or copula (pii-confirm11, -12, -13, -16); the
    // span stops before the last 日/일, as for every East Asian date.
    [Theory]
    [InlineData("朋友圈：我的生日是1985年3月14日，欢迎来玩！", "1985年3月14")]
    [InlineData("제 생일은 1972년 8월 9일이에요", "1972년 8월 9")]
    [InlineData("BEGIN:VCARD\nFN:김하늘\nNOTE:생일 1999년 12월 1일\nEND:VCARD", "1999년 12월 1")]
    public void A_birthday_with_its_particle_before_the_date_is_a_date_of_birth(string text, string date)
    {
        var m = Assert.Single(Pii.Find(text, PiiKinds.Dob));
        Assert.Equal(date, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("生日派对在2024年12月13日，记得来")]
    [InlineData("생일 파티: 2021년 10월 23일 저녁 7시")]
    [InlineData("誕生日会は2021年8月14日です！")]
    public void A_birthday_party_date_is_not_a_date_of_birth(string text) => Assert.Empty(Pii.Find(text, PiiKinds.Dob));
}
