"""Word lists that let paraphrased headlines meet: stop words, phrases, synonyms, known names.

Outlets describe one event in different words ("rebels seize" / "opposition fighters take
control"), so before comparing texts we fold spellings and near-synonyms to one canonical token.
The lists lean towards conflict and Middle East reporting because that is the built-in topic,
but every entry is an ordinary English equivalence, not a rule fitted to one headline.
"""


def _words(text: str) -> list[str]:
    """Whitespace-separated words of a block of text (keeps long word lists readable)."""
    return text.split()


STOPWORDS = frozenset(
    _words(
        """
        a about above after again against all also am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for from
        further had has have having he her here hers him his how i if in into is it its itself just
        me more most my no nor not now of off on once only or other our out over own same she should
        so some such than that the their them then there these they this those through to too under
        until up very was we were what when where which while who whom why will with would you your
        says said say saying new one two three amid after since still yet via per al el ul bin
        """
    )
)

# Multi-word names folded to one token before splitting; keys are lower case, matched on
# word boundaries. Longer phrases first so "islamic state group" wins over "islamic state".
PHRASES = {
    "hayat tahrir al-sham": "hts",
    "hayat tahrir al sham": "hts",
    "syrian democratic forces": "sdf",
    "islamic state": "isis",
    "free syrian army": "fsa",
    "united nations": "un",
    "united states": "us",
    "u.s.": "us",
    "u.n.": "un",
    "white helmets": "whitehelmets",
    "arab league": "arableague",
    "opposition fighters": "rebel",
    "armed groups": "rebel",
    "armed opposition": "rebel",
    "take control of": "capture",
    "took control of": "capture",
    "takes control of": "capture",
    "taken control of": "capture",
    "seized control of": "capture",
    "seizes control of": "capture",
    "full control of": "capture",
    "air strikes": "strike",
    "air strike": "strike",
    "air raids": "strike",
    "air raid": "strike",
    "war monitor": "monitor",
    "poison gas": "chemical",
    "nerve agent": "chemical",
    "nerve gas": "chemical",
    "toxic gas": "chemical",
    "death toll": "kill",
    "falls to": "capture",
    "fell to": "capture",
    "fall to": "capture",
    "steps down": "resign",
    "stepped down": "resign",
    "forest fires": "fire",
    "in the hands of": "capture",
    "state of emergency": "emergency",
    "emergency rule": "emergency",
    "emergency law": "emergency",
}

# Single words folded to a canonical token (applied after lower-casing, before stemming).
SYNONYMS = {
    # actors
    "isil": "isis",
    "daesh": "isis",
    "jihadists": "isis",
    "caliphate": "isis",
    "rebels": "rebel",
    "insurgents": "rebel",
    "insurgent": "rebel",
    "militants": "rebel",
    "militant": "rebel",
    "fighters": "rebel",
    "fighter": "rebel",
    "opposition": "rebel",
    "islamist-led": "rebel",
    "jihadist-led": "rebel",
    "jolani": "sharaa",
    "julani": "sharaa",
    "jawlani": "sharaa",
    "al-sharaa": "sharaa",
    "al-assad": "assad",
    "bashar": "assad",
    "american": "us",
    "washington": "us",
    "pentagon": "us",
    "usa": "us",
    "britain": "uk",
    "british": "uk",
    "london": "uk",
    "russian": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "turkish": "turkey",
    "ankara": "turkey",
    "turkiye": "turkey",
    "iranian": "iran",
    "tehran": "iran",
    "israeli": "israel",
    "french": "france",
    "paris": "france",
    "german": "germany",
    "berlin": "germany",
    "kurdish": "kurd",
    "kurds": "kurd",
    "kurdish-led": "kurd",
    "syrian": "syria",
    "syrians": "syria",
    "alawite": "alawite",
    "alawites": "alawite",
    "regime": "government",
    "authorities": "government",
    "damascus-based": "government",
    # places (spelling variants)
    "suwayda": "sweida",
    "suwaida": "sweida",
    "sweida's": "sweida",
    "saydnaya": "sednaya",
    "sednaya's": "sednaya",
    "daraa": "deraa",
    "dara'a": "deraa",
    "raqqah": "raqqa",
    "deir": "deirezzor",
    "ezzor": "deirezzor",
    "tadmur": "palmyra",
    "capital": "damascus",
    "damas": "damascus",
    "asad": "assad",
    # actions
    "seize": "capture",
    "seizes": "capture",
    "seized": "capture",
    "seizing": "capture",
    "captures": "capture",
    "captured": "capture",
    "capturing": "capture",
    "take": "capture",
    "takes": "capture",
    "took": "capture",
    "taken": "capture",
    "overrun": "capture",
    "overran": "capture",
    "overruns": "capture",
    "retake": "capture",
    "retakes": "capture",
    "retaken": "capture",
    "retook": "capture",
    "enter": "capture",
    "enters": "capture",
    "entered": "capture",
    "reach": "capture",
    "topple": "oust",
    "toppled": "oust",
    "topples": "oust",
    "ousted": "oust",
    "ousts": "oust",
    "flee": "oust",
    "flees": "oust",
    "fled": "oust",
    "downfall": "oust",
    "collapse": "oust",
    "killed": "kill",
    "kills": "kill",
    "killing": "kill",
    "dead": "kill",
    "died": "kill",
    "die": "kill",
    "deaths": "kill",
    "death": "kill",
    "deadly": "kill",
    "dies": "kill",
    "drown": "kill",
    "drowned": "kill",
    "lives": "kill",
    "airstrike": "strike",
    "airstrikes": "strike",
    "strikes": "strike",
    "raids": "strike",
    "bombs": "strike",
    "bombed": "strike",
    "bombing": "strike",
    "bombard": "strike",
    "bombardment": "strike",
    "pounds": "strike",
    "pound": "strike",
    "hits": "strike",
    "missiles": "missile",
    "tomahawks": "missile",
    "tomahawk": "missile",
    "rockets": "missile",
    "gas": "chemical",
    "toxic": "chemical",
    "sarin": "chemical",
    "chlorine": "chemical",
    "poison": "chemical",
    "truce": "ceasefire",
    "cessation": "ceasefire",
    "ceasefire": "ceasefire",
    "quake": "earthquake",
    "tremor": "earthquake",
    "earthquakes": "earthquake",
    "migrants": "migrant",
    "refugees": "migrant",
    "refugee": "migrant",
    "troops": "army",
    "soldiers": "army",
    "military": "army",
    "forces": "army",
    "defence": "army",
    "defense": "army",
    "president": "president",
    "leader": "president",
    "head": "president",
    "scrap": "lift",
    "scrapped": "lift",
    "repeal": "lift",
    "repeals": "lift",
    "repealed": "lift",
    "lifts": "lift",
    "lifting": "lift",
    "end": "lift",
    "ends": "lift",
    "ending": "lift",
    "abolish": "lift",
    "abolishing": "lift",
    "readmit": "reinstate",
    "readmits": "reinstate",
    "reinstates": "reinstate",
    "restores": "reinstate",
    "restore": "reinstate",
    "return": "reinstate",
    "returns": "reinstate",
    "talks": "talk",
    "conference": "talk",
    "negotiations": "talk",
    "appointed": "name",
    "appoint": "name",
    "named": "name",
    "names": "name",
    "declared": "name",
    "declare": "name",
    "pull": "withdraw",
    "pulls": "withdraw",
    "withdraws": "withdraw",
    "withdrawal": "withdraw",
    "withdrew": "withdraw",
    "retreat": "withdraw",
    "retreats": "withdraw",
    # more verbs and nouns outlets use for one act
    "wrest": "capture",
    "wrests": "capture",
    "wrested": "capture",
    "storm": "capture",
    "storms": "capture",
    "stormed": "capture",
    "assault": "offensive",
    "assaults": "offensive",
    "push": "offensive",
    "pushes": "offensive",
    "advance": "offensive",
    "advances": "offensive",
    "onslaught": "offensive",
    "clashes": "fighting",
    "clash": "fighting",
    "battle": "fighting",
    "battles": "fighting",
    "violence": "fighting",
    "bloodshed": "fighting",
    "combat": "fighting",
    "quit": "resign",
    "quits": "resign",
    "resigns": "resign",
    "resigned": "resign",
    "resignation": "resign",
    "defects": "defect",
    "defected": "defect",
    "defection": "defect",
    "evacuated": "evacuate",
    "evacuates": "evacuate",
    "evacuation": "evacuate",
    "evacuations": "evacuate",
    "starving": "starvation",
    "starve": "starvation",
    "hunger": "starvation",
    "famine": "starvation",
    "wildfire": "fire",
    "wildfires": "fire",
    "fires": "fire",
    "blaze": "fire",
    "blazes": "fire",
    "jail": "prison",
    "jailbreak": "prison",
    "prisons": "prison",
    "airdrops": "airdrop",
    "mediator": "envoy",
    "investments": "invest",
    "investment": "invest",
    "convoy": "aid",
    "convoys": "aid",
    "lorries": "aid",
}

# Names that are entities even when a headline's capitals say nothing (title case, all caps).
GAZETTEER = frozenset(
    _words(
        """
        aleppo damascus hama homs idlib deraa raqqa palmyra latakia tartus sweida sednaya ghouta
        douma afrin kobani manbij baghouz hasakah qamishli deirezzor golan jeddah riyadh sochi
        geneva astana montreux beirut lebanon iraq jordan baniyas khan sheikhoun shayrat bab hawa
        assad sharaa baghdadi bashir hts isis sdf ypg fsa un uk us russia turkey iran israel france
        germany kurd druze alawite hezbollah nusra erdogan putin trump obama biden netanyahu
        whitehelmets arableague australia albanese roj
        """
    )
)

# Towns and regions: two headlines that each name one, but no common one, are usually about
# different events on the same front ("rebels take Homs" / "rebels take Damascus").
PLACES = frozenset(
    _words(
        """
        aleppo damascus hama homs idlib deraa raqqa palmyra latakia tartus sweida sednaya ghouta
        douma afrin kobani manbij baghouz hasakah qamishli deirezzor golan jeddah riyadh sochi
        geneva astana montreux beirut baniyas jableh shayrat
        """
    )
)

# The setting every report of the topic shares: the country, its capital and words that say
# only "this is about the war". Storylines ignore them, so two threads of the same weeks do
# not link for them alone.
BACKGROUND = frozenset(
    _words(
        """
        syria damascus war country conflict civil people official state
        """
    )
)
