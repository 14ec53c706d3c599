namespace IntegrationHubs.Domain.Members;

/// <summary>
/// The vocabulary the network starts with: what the Manual's hubs offer and ask for (kitchen, repair café, sewing, language
/// café, paperwork help, …) and what profiles held before there was a vocabulary. Names in de, en, ar, uk; synonyms are
/// matched but never shown. Keys are stable: profiles store them.
/// </summary>
public static class TagVocabularySeed
{
    public static IReadOnlyList<TagConcept> Concepts { get; } =
    [
        C("cooking", TagKinds.Both, "Kochen", "Cooking", "الطبخ", "Кулінарія",
            "de:Küche|Kochkurs;en:cook|cookery;ar:طبخ|الطبيخ;uk:готування|куховарство|приготування їжі"),
        C("baking", TagKinds.Both, "Backen", "Baking", "صناعة المخبوزات", "Випікання",
            "de:Bäckerei;en:bakery;ar:الخبز|المخبوزات;uk:випічка"),
        C("catering", TagKinds.Skill, "Catering", "Catering", "تقديم الطعام للمناسبات", "Кейтеринг",
            "de:Bewirtung|Partyservice;en:event catering;ar:خدمات الطعام|تموين;uk:харчування на заходах"),
        C("repairs", TagKinds.Skill, "Reparieren", "Repairs", "التصليح", "Ремонт",
            "de:Reparatur|Reparaturen|Handwerk;en:repairing|repair|fixing things;ar:تصليح|الإصلاح|إصلاح;uk:ремонтні роботи|лагодження"),
        C("bike-repair", TagKinds.Skill, "Fahrradreparatur", "Bike repair", "تصليح الدراجات", "Ремонт велосипедів",
            "de:Fahrräder|Fahrräder reparieren|Fahrradwerkstatt;en:bicycle repair|bikes|bicycles;ar:إصلاح الدراجات|الدراجات;uk:велосипеди"),
        C("electrics", TagKinds.Skill, "Elektrik", "Electrical work", "الأعمال الكهربائية", "Електрика",
            "de:Elektroarbeiten|Elektriker;en:electrician|electrics;ar:كهرباء|الكهرباء;uk:електромонтаж|електрик"),
        C("carpentry", TagKinds.Skill, "Tischlern", "Carpentry", "النجارة", "Столярство",
            "de:Schreinerei|Schreinern|Tischlerei|Holzarbeiten|Holzarbeit;en:woodwork|joinery|woodworking;ar:نجارة;uk:теслярство|робота з деревом"),
        C("sewing", TagKinds.Both, "Nähen", "Sewing", "الخياطة", "Шиття",
            "de:Schneidern|Schneiderei;en:tailoring;ar:خياطة;uk:кравецтво"),
        C("crafts", TagKinds.Both, "Basteln", "Crafts", "الأشغال اليدوية", "Рукоділля",
            "de:Handarbeit|Kunsthandwerk|Handarbeiten;en:handicrafts|handicraft|arts and crafts;ar:الحرف اليدوية|أشغال يدوية;uk:ремесла|хенд-мейд"),
        C("german-conversation", TagKinds.Both, "Deutsch-Konversation", "German conversation", "المحادثة بالألمانية", "Розмовна німецька",
            "de:Deutsch sprechen|Deutsch üben|Konversation;en:german practice|speaking german;ar:محادثة ألمانية|الألمانية;uk:німецька розмовна|німецька мова"),
        C("language-teaching", TagKinds.Skill, "Sprachunterricht", "Language teaching", "تعليم اللغات", "Викладання мов",
            "de:Deutschunterricht|Deutsch unterrichten|Unterrichten;en:teaching german|teaching languages|teaching;ar:تعليم الألمانية|التدريس;uk:викладання німецької|викладання"),
        C("language-cafe", TagKinds.Interest, "Sprachcafé", "Language café", "مقهى اللغات", "Мовне кафе",
            "de:Sprachcafe|Sprachtreff;en:language cafe|language exchange;ar:تبادل اللغات;uk:мовний клуб"),
        C("translation", TagKinds.Skill, "Übersetzen", "Translation", "الترجمة", "Переклад",
            "de:Übersetzung|Übersetzungen;en:translating|translate;ar:ترجمة;uk:переклади|перекладання"),
        C("interpreting", TagKinds.Skill, "Dolmetschen", "Interpreting", "الترجمة الفورية", "Усний переклад",
            "de:Dolmetscher|Sprachmittlung;en:interpreter;ar:ترجمة فورية|الترجمة الشفوية;uk:усний перекладач"),
        C("childcare", TagKinds.Both, "Kinderbetreuung", "Childcare", "رعاية الأطفال", "Догляд за дітьми",
            "de:Babysitten|Kinder;en:babysitting|child care;ar:الأطفال;uk:няня|діти"),
        C("family", TagKinds.Interest, "Kinder und Familie", "Children and family", "الأطفال والأسرة", "Діти та сім'я",
            "de:Familie;en:family;ar:الأسرة;uk:сім'я|родина"),
        C("gardening", TagKinds.Both, "Gärtnern", "Gardening", "البستنة", "Садівництво",
            "de:Garten|Gartenarbeit|Gemeinschaftsgarten;en:garden|community garden;ar:زراعة الحدائق|الحديقة;uk:город|сад"),
        C("it-help", TagKinds.Skill, "IT-Hilfe", "IT help", "مساعدة في الحاسوب", "Допомога з комп'ютером",
            "de:IT|Computerhilfe|Computer|Digitalsprechstunde|Smartphone-Hilfe;en:computer help|tech support|computers|it support;ar:الحاسوب|كمبيوتر|الكمبيوتر;uk:IT-допомога|комп'ютери|айті"),
        C("programming", TagKinds.Skill, "Programmieren", "Programming", "البرمجة", "Програмування",
            "de:Webseiten|Softwareentwicklung;en:coding|software development|websites;ar:برمجة;uk:розробка програм|веб-сайти"),
        C("music", TagKinds.Both, "Musik", "Music", "الموسيقى", "Музика",
            "de:Musizieren|Musik machen;en:making music|musician;ar:موسيقى;uk:музикування"),
        C("dancing", TagKinds.Both, "Tanzen", "Dancing", "الرقص", "Танці",
            "de:Tanz;en:dance;ar:رقص;uk:танець"),
        C("theatre", TagKinds.Interest, "Theater", "Theatre", "المسرح", "Театр",
            "de:Schauspiel;en:theater|acting;ar:مسرح;uk:акторство"),
        C("painting", TagKinds.Both, "Malen", "Painting", "الرسم", "Малювання",
            "de:Zeichnen|Kunst;en:drawing|art;ar:رسم|الفن;uk:живопис|мистецтво"),
        C("photography", TagKinds.Both, "Fotografie", "Photography", "التصوير الفوتوغرافي", "Фотографія",
            "de:Fotografieren;en:photos|taking photos;ar:تصوير|التصوير;uk:фотографування"),
        C("graphic-design", TagKinds.Skill, "Grafikdesign", "Graphic design", "التصميم الغرافيكي", "Графічний дизайн",
            "de:Gestaltung|Design;en:design;ar:تصميم;uk:дизайн"),
        C("sport", TagKinds.Interest, "Sport", "Sport", "الرياضة", "Спорт",
            "de:Bewegung;en:sports;ar:رياضة;uk:фізкультура"),
        C("football", TagKinds.Interest, "Fußball", "Football", "كرة القدم", "Футбол",
            "de:Fussball;en:soccer;ar:كورة;uk:футбол"),
        C("hiking", TagKinds.Interest, "Wandern", "Hiking", "المشي في الطبيعة", "Піші походи",
            "de:Spazieren;en:walking;ar:رحلات المشي;uk:походи"),
        C("reading", TagKinds.Interest, "Lesen", "Reading", "القراءة", "Читання",
            "de:Bücher;en:books;ar:كتب;uk:книги"),
        C("supper-club", TagKinds.Interest, "Supper Club", "Supper club", "نادي العشاء", "Вечерний клуб",
            "de:Gemeinsam kochen|Kochabend;en:cooking together|dinner club;ar:عشاء مشترك;uk:спільна вечеря"),
        C("repair-cafe", TagKinds.Interest, "Repair Café", "Repair café", "مقهى التصليح", "Ремонтне кафе",
            "de:Repaircafé|Reparaturcafé|Werkstatt;en:repair cafe;ar:ورشة تصليح;uk:репер-кафе|майстерня"),
        C("paperwork-help", TagKinds.Skill, "Hilfe mit Behördenpapieren", "Help with paperwork", "المساعدة في المعاملات الرسمية", "Допомога з документами",
            "de:Papierkram|Behördengänge|Formulare|Anträge ausfüllen|Förderanträge;en:paperwork|forms|official letters;ar:المعاملات|الأوراق الرسمية;uk:документи|заповнення форм"),
        C("legal-help", TagKinds.Skill, "Rechtliche Orientierung", "Legal guidance", "الإرشاد القانوني", "Правова допомога",
            "de:Rechtsberatung|Recht|Beratung;en:legal advice|legal help|advice;ar:استشارة قانونية|مساعدة قانونية;uk:юридична допомога|юридична консультація"),
        C("bookkeeping", TagKinds.Skill, "Buchhaltung", "Bookkeeping", "المحاسبة", "Бухгалтерія",
            "de:Steuern|Finanzen;en:accounting|accounts;ar:محاسبة;uk:облік"),
        C("starting-a-business", TagKinds.Both, "Gründen", "Starting a business", "تأسيس مشروع", "Власна справа",
            "de:Gründung|Existenzgründung|Selbstständigkeit;en:founding|entrepreneurship|start-up;ar:ريادة الأعمال|مشروع خاص;uk:підприємництво|стартап"),
        C("tutoring", TagKinds.Skill, "Nachhilfe", "Tutoring", "الدروس الخصوصية", "Репетиторство",
            "de:Hausaufgabenhilfe|Lernhilfe;en:homework help;ar:المساعدة في الواجبات;uk:допомога з домашнім завданням"),
        C("moving-help", TagKinds.Skill, "Umzugshilfe", "Help with moving", "المساعدة في الانتقال", "Допомога з переїздом",
            "de:Umzug;en:moving;ar:نقل الأثاث;uk:переїзд"),
        C("hairdressing", TagKinds.Skill, "Friseurhandwerk", "Hairdressing", "تصفيف الشعر", "Перукарська справа",
            "de:Haare schneiden|Friseur;en:haircuts|hairdresser;ar:الحلاقة;uk:стрижка|перукар"),
        C("care", TagKinds.Skill, "Pflege", "Caregiving", "رعاية المسنين والمرضى", "Догляд за людьми",
            "de:Altenpflege|Krankenpflege;en:nursing|elderly care;ar:التمريض;uk:догляд за літніми"),
        C("environment", TagKinds.Interest, "Umwelt", "Environment", "البيئة", "Довкілля",
            "de:Umweltschutz|Nachhaltigkeit;en:sustainability|climate;ar:حماية البيئة;uk:екологія"),
        C("culture", TagKinds.Interest, "Kultur", "Culture", "الثقافة", "Культура",
            "de:Kulturveranstaltungen;en:cultural events;ar:ثقافة;uk:культурні заходи"),
        C("event-organising", TagKinds.Skill, "Veranstaltungen organisieren", "Organising events", "تنظيم الفعاليات", "Організація заходів",
            "de:Eventplanung|Organisation;en:event planning|organising;ar:تنظيم المناسبات;uk:організація подій"),
        C("farming", TagKinds.Skill, "Landwirtschaft", "Farming", "الزراعة", "Сільське господарство",
            "de:Ackerbau;en:agriculture;ar:زراعة;uk:фермерство"),
    ];

    /// <summary>Every term of the seed as rows, for the migration's data.</summary>
    public static IEnumerable<TagTerm> Terms => Concepts.SelectMany(c => c.Terms);

    private static TagConcept C(string key, TagKinds kinds, string de, string en, string ar, string uk, string synonyms)
    {
        var terms = new List<TagTerm>
        {
            new() { ConceptKey = key, Language = "de", Text = de, IsName = true },
            new() { ConceptKey = key, Language = "en", Text = en, IsName = true },
            new() { ConceptKey = key, Language = "ar", Text = ar, IsName = true },
            new() { ConceptKey = key, Language = "uk", Text = uk, IsName = true },
        };
        foreach (var group in synonyms.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var language = group[..2];
            foreach (var text in group[3..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // A synonym that only differs from a name by case would be a second row with the same meaning.
                if (!terms.Any(t => t.Language == language && TagVocabulary.Normalise(t.Text) == TagVocabulary.Normalise(text)))
                {
                    terms.Add(new TagTerm { ConceptKey = key, Language = language, Text = text });
                }
            }
        }

        return new TagConcept { Key = key, Kinds = kinds, Terms = terms };
    }
}
