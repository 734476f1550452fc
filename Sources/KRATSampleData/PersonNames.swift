/// Invented Albanian names and places for sample personal data. No real person is meant.
enum PersonNames {
    static let female = ["Ana", "Arta", "Besa", "Blerta", "Dorina", "Elira", "Enkelejda", "Fatjona", "Gentiana", "Jonida",
                         "Klea", "Kristina", "Lindita", "Mirela", "Rudina", "Sara", "Teuta", "Vjosa", "Xhesika", "Zana"]
    static let male = ["Altin", "Ardit", "Besnik", "Dritan", "Elton", "Erion", "Fatmir", "Gentian", "Ilir", "Klodian",
                       "Luan", "Marsel", "Orges", "Redi", "Sokol", "Taulant", "Valmir", "Ylli", "Arben", "Endrit"]
    static let last = ["Hoxha", "Shehu", "Gjoka", "Leka", "Dervishi", "Krasniqi", "Marku", "Prifti", "Basha", "Çela",
                       "Kola", "Muça", "Rama", "Tafa", "Zeneli", "Bushati", "Mema", "Gjini", "Daci", "Përmeti"]
    static let streets = ["Rruga e Kavajës", "Rruga Tregtare", "Lagjja 1", "Lagjja 4", "Rruga Skënderbeu",
                          "Rruga Dëshmorët", "Rruga e Durrësit", "Lagjja Kodra", "Rruga Ismail Qemali"]
}
