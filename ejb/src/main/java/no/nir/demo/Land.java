package no.nir.demo;

import java.util.List;

/**
 * The countries the demo persons come from, with a weight (share of persons), the mother
 * tongue and common given names and family names. Names keep their usual Latin spelling,
 * accents included, so name search meets them as it will in real data.
 */
enum Land {
    UKRAINA("Ukraina", 28, "Ukrainsk",
            List.of("Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Ivan", "Yurii", "Vasyl",
                    "Taras", "Maksym", "Bohdan"),
            List.of("Olena", "Iryna", "Natalia", "Oksana", "Tetiana", "Yuliia", "Kateryna", "Svitlana",
                    "Anastasiia", "Halyna", "Viktoriia", "Mariia"),
            List.of("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
                    "Kovalchuk", "Oliinyk", "Polishchuk", "Savchenko", "Lysenko")),
    SYRIA("Syria", 18, "Arabisk",
            List.of("Mohammad", "Ahmad", "Omar", "Khaled", "Yousef", "Hassan", "Ali", "Mahmoud", "Rami", "Samer",
                    "Tarek", "Fadi"),
            List.of("Fatima", "Aya", "Rama", "Nour", "Hala", "Rasha", "Lina", "Maryam", "Dima", "Reem", "Salma",
                    "Rana"),
            List.of("Al-Hassan", "Haddad", "Khalil", "Mansour", "Darwish", "Hamdan", "Al-Ahmad", "Kassab",
                    "Sabbagh", "Nasser", "Halabi", "Othman")),
    AFGHANISTAN("Afghanistan", 10, "Dari",
            List.of("Ahmad", "Mohammad", "Abdul", "Farid", "Hamid", "Jawad", "Mustafa", "Nasir", "Rahim", "Sayed",
                    "Wahid", "Zabihullah"),
            List.of("Fatima", "Zahra", "Maryam", "Parwana", "Shabnam", "Nargis", "Fereshta", "Soraya", "Laila",
                    "Mahbooba", "Zarghona", "Setara"),
            List.of("Ahmadi", "Hashimi", "Karimi", "Rahimi", "Noori", "Haidari", "Sultani", "Mohammadi", "Hussaini",
                    "Rezai", "Amiri", "Popal")),
    ERITREA("Eritrea", 10, "Tigrinja",
            List.of("Yonas", "Tesfay", "Dawit", "Mehari", "Samuel", "Filmon", "Habtom", "Berhane", "Kidane",
                    "Yohannes", "Merhawi", "Robel"),
            List.of("Helen", "Senait", "Luwam", "Selam", "Rahwa", "Mebrat", "Saba", "Feven", "Hiwet", "Yordanos",
                    "Eden", "Winta"),
            List.of("Tesfamariam", "Ghebremedhin", "Haile", "Tekle", "Berhe", "Kahsay", "Habte", "Andemariam",
                    "Woldu", "Ghirmay", "Mehreteab", "Negash")),
    SOMALIA("Somalia", 6, "Somali",
            List.of("Abdi", "Mohamed", "Abdirahman", "Ahmed", "Hassan", "Liban", "Mahad", "Yusuf", "Abdullahi",
                    "Farah", "Omar", "Guled"),
            List.of("Hodan", "Fadumo", "Amina", "Ifrah", "Sahra", "Hamdi", "Ayan", "Asha", "Nimco", "Sagal",
                    "Ubah", "Hibo"),
            List.of("Abdi", "Ali", "Farah", "Hassan", "Warsame", "Jama", "Mohamud", "Osman", "Aden", "Hirsi", "Nur",
                    "Egal")),
    IRAK("Irak", 5, "Arabisk",
            List.of("Ali", "Hussein", "Ahmed", "Mustafa", "Haider", "Karrar", "Murtadha", "Omar", "Zaid", "Sajjad",
                    "Yasir", "Abbas"),
            List.of("Zainab", "Maryam", "Fatima", "Noor", "Ruqaya", "Sara", "Huda", "Shahad", "Zahraa", "Rusul",
                    "Amal", "Hanan"),
            List.of("Al-Maliki", "Al-Jubouri", "Al-Obaidi", "Al-Tamimi", "Al-Saadi", "Al-Rubaie", "Kadhim", "Jawad",
                    "Hamid", "Salih", "Abdullah", "Hamad")),
    SUDAN("Sudan", 5, "Arabisk",
            List.of("Mohamed", "Ahmed", "Osman", "Abdelrahman", "Elfatih", "Hamza", "Musa", "Ibrahim", "Adam",
                    "Yasir", "Babiker", "Mubarak"),
            List.of("Fatima", "Amna", "Hawa", "Sara", "Mawahib", "Samah", "Rayan", "Malaz", "Hiba", "Asma",
                    "Nusiba", "Safaa"),
            List.of("Osman", "Abdalla", "Elhassan", "Ibrahim", "Adam", "Babiker", "Elamin", "Musa", "Eltayeb",
                    "Hamid", "Suliman", "Ismail")),
    KONGO("Den demokratiske republikken Kongo", 6, "Lingala",
            List.of("Jean", "Patrick", "Joseph", "Emmanuel", "Christian", "Pierre", "Jonathan", "Dieudonné",
                    "Blaise", "Fiston", "Glody", "Héritier"),
            List.of("Marie", "Grace", "Esther", "Chantal", "Clarisse", "Deborah", "Gloria", "Rachel", "Nadège",
                    "Bénédicte", "Josiane", "Furaha"),
            List.of("Mukendi", "Kabongo", "Ilunga", "Tshibangu", "Mbuyi", "Kasongo", "Lukusa", "Mwamba", "Kalala",
                    "Ngoy", "Mulumba", "Banza")),
    IRAN("Iran", 4, "Persisk",
            List.of("Mohammad", "Ali", "Reza", "Hossein", "Amir", "Mehdi", "Hamid", "Saeed", "Arash", "Babak",
                    "Kaveh", "Farhad"),
            List.of("Maryam", "Fatemeh", "Zahra", "Shirin", "Leila", "Sara", "Nasrin", "Parisa", "Mina", "Azadeh",
                    "Roya", "Niloufar"),
            List.of("Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Moradi", "Karimi", "Jafari", "Rahimi", "Hashemi",
                    "Sadeghi", "Ebrahimi", "Tehrani")),
    TYRKIA("Tyrkia", 4, "Tyrkisk",
            List.of("Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "Murat", "Emre", "Yusuf", "Kemal",
                    "Serkan", "Ömer"),
            List.of("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Özlem", "Esra", "Hülya", "Gül",
                    "Derya"),
            List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
                    "Kılıç", "Aslan")),
    ETIOPIA("Etiopia", 4, "Amharisk",
            List.of("Abebe", "Dawit", "Tesfaye", "Getachew", "Yared", "Solomon", "Bereket", "Henok", "Kebede",
                    "Mulugeta", "Biniam", "Eyob"),
            List.of("Meron", "Tigist", "Selamawit", "Hanna", "Bethlehem", "Mahlet", "Rahel", "Aster", "Hirut",
                    "Almaz", "Tsion", "Kidist"),
            List.of("Tadesse", "Bekele", "Alemu", "Girma", "Haile", "Mekonnen", "Tesfaye", "Wolde", "Assefa",
                    "Desta", "Abebe", "Gebre"));

    private final String statsborgerskap;
    private final int vekt;
    private final String morsmal;
    private final List<String> mannsnavn;
    private final List<String> kvinnenavn;
    private final List<String> etternavn;

    Land(String statsborgerskap, int vekt, String morsmal, List<String> mannsnavn, List<String> kvinnenavn,
         List<String> etternavn) {
        this.statsborgerskap = statsborgerskap;
        this.vekt = vekt;
        this.morsmal = morsmal;
        this.mannsnavn = mannsnavn;
        this.kvinnenavn = kvinnenavn;
        this.etternavn = etternavn;
    }

    String statsborgerskap() {
        return statsborgerskap;
    }

    int vekt() {
        return vekt;
    }

    String morsmal() {
        return morsmal;
    }

    List<String> fornavn(boolean mann) {
        return mann ? mannsnavn : kvinnenavn;
    }

    List<String> etternavn() {
        return etternavn;
    }
}
