namespace Airs.Runtime.Detectors;

/// <summary>
/// The word classes the learned scorer reads beside the words themselves. An injection is a shape — a verb that
/// discards (ignore, forget, bypass) near a word for what is discarded (instructions, rules, prompt), a demand to
/// output a secret, a request addressed to the AI inside a document — and a new attack says it in new words. Mapping
/// words to their class lets one weight cover every phrasing of the shape, so the model generalises to phrasings and
/// families it was not trained on. The classes were written from the attack techniques' definitions (and common
/// inflections and translations of their words), not from corpus examples. A word of five or more letters that is not
/// listed falls back to its first five letters (<c>ignor</c>: ignoring, ignorez, ignoriere).
/// </summary>
internal static class InjectionConcepts
{
    public const int StemChars = 5;

    private static readonly (byte Concept, string Words)[] Lexicon =
    [
        (1, "ignore ignores ignoring ignored disregard disregarding forget forgetting override overriding overrule bypass " +
            "skip discard dismiss abandon neglect overlook cancel scrap erase unlearn nevermind suspend deactivate disable " +
            "ignora ignorar ignorez ignorer ignoriere ignorieren olvida olvide oublie oubliez vergiss vergessen dimentica " +
            "esqueca esqueça ignoruj negeer"),
        (2, "previous previously prior above earlier preceding former original initial initially before rest remaining " +
            "existing foregoing aforementioned old anteriores anterior precedentes précédentes vorherigen vorherige bisherigen " +
            "precedenti oben"),
        (3, "instructions instruction instructed rules rule guidelines guideline directives directive prompt prompts " +
            "commands command constraints restrictions policies policy programming guardrails filters orders safeguards " +
            "limitations boundaries protocols configuration training instrucciones anweisungen istruzioni instruções " +
            "instrucoes regeln règles reglas regole consignes"),
        (4, "assistant ai model chatbot bot llm gpt chatgpt claude gemini agent copilot assistente asistente assistent ki ia"),
        (5, "you your yours yourself youre thou tu tú vous du dich dein deine ti te voce você"),
        (6, "print output say write respond reply repeat reveal show display tell return type echo dump recite disclose " +
            "leak expose answer provide list share spell copy paste state imprime muestra affiche zeige gib stampa mostra"),
        (7, "password passwords secret secrets key keys token tokens credentials credential confidential hidden internal " +
            "private apikey ssh passcode pin contraseña contrasena passwort mot"),
        (8, "now instead henceforth onwards new updated hereafter anymore ahora maintenant jetzt ora agora nuevas nouvelles neuen"),
        (9, "pretend act acting roleplay role persona character simulate imagine become play impersonate embody " +
            "hypothetical hypothetically fictional story game"),
        (10, "mode dan jailbreak jailbroken unrestricted unfiltered uncensored unlimited unbound developer god admin " +
             "administrator root sudo debug maintenance evil opposite modo modus"),
        (11, "must should need needs required require mandatory important urgent urgently immediately always never only shall"),
        (12, "call invoke execute run send email forward upload post fetch browse visit open click transfer download delete " +
             "wire pay refund book create grant submit tool tools function"),
        (13, "system systems sysadmin operator openai anthropic vendor sistema système"),
        (14, "conversation chat session context document page data content input text message messages line words " +
             "verbatim exact exactly everything word"),
        (15, "note attention dear hey hello hi reminder ps notice warning attn reader"),
        (16, "summarize summarise summary summarizing summarising translating translate translation processing reading " +
             "analyzing analysing reviewing parsing scanning"),
        (17, "refuse refusal decline apologize apologise sorry cannot cant unable disclaimers disclaimer warnings ethical " +
             "ethics moral morals censorship filtered safety harmful illegal"),
        (18, "authorized authorised authorization official verified priority clearance supervisor manager ceo security team"),
        (19, "http https www url link webhook endpoint server attacker markdown img image src"),
        (20, "base64 encode encoded decode decoded decoding hex rot13 reverse reversed backwards cipher caesar morse binary " +
             "ascii unicode letters"),
    ];

    /// <summary>Every class with its words, and the stem length, for the features' fingerprint (<see cref="FeatureFingerprint"/>).</summary>
    public static string Listing => $"stem {StemChars}\n" + string.Concat(Lexicon.Select(l => $"{l.Concept} {l.Words}\n"));

    private static readonly ConceptTable Words = Build(stems: false);

    private static readonly ConceptTable Stems = Build(stems: true);

    /// <summary>The class of a token from the hash of its lower-cased letters and of its first <see cref="StemChars"/>; 0 when none.</summary>
    public static byte Of(uint wordHash, uint stemHash, int length)
    {
        var concept = Words.Of(wordHash);
        return concept != 0 || length <= StemChars ? concept : Stems.Of(stemHash);
    }

    /// <summary>FNV-1a over lower-cased characters: the hash <see cref="InjectionFeatures"/> already computes per token.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        var h = InjectionFeatures.FnvBasis;
        foreach (var c in word)
        {
            h = (h ^ char.ToLowerInvariant(c)) * InjectionFeatures.FnvPrime;
        }
        return h;
    }

    private static ConceptTable Build(bool stems)
    {
        var table = new Dictionary<uint, byte>();
        foreach (var (concept, words) in Lexicon)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!stems)
                {
                    table.TryAdd(Hash(word), concept);
                }
                else if (word.Length > StemChars)
                {
                    // A stem shared by two classes (trans-late, trans-fer) belongs to neither.
                    var key = Hash(word.AsSpan(0, StemChars));
                    if (table.TryGetValue(key, out var other) && other != concept)
                    {
                        table[key] = 0;
                    }
                    else
                    {
                        table[key] = concept;
                    }
                }
            }
        }
        return new ConceptTable([.. table.Where(p => p.Value != 0)]);
    }
}
