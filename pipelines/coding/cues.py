"""Cue words per event type and the modality, negation and reversal words that set `status`.

Every pattern is compiled once at import. `ANY_CUE` is the cheap gate: a sentence without a
match never reaches role assignment, which is what keeps the coder at thousands of articles/s.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

VISIT_VERB = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|arriv(?:e|es|ed|ing)\s+(?:in|at)"
    r"|land(?:s|ed)\s+in|travel(?:s|led|ed|ling|ing)?\s+(?:on\s+)?to|fl(?:ew|ies|y|ying)\s+(?:in)?to"
    r"|stay(?:s|ed|ing)?\s+in|(?:left|leaves?|leaving|depart(?:s|ed|ing)?)\s+(?:\w+\s+)?for"
    r"|head(?:s|ed|ing)?\s+(?:on\s+)?(?:to|for)|en\s+route\s+to|mov(?:e|es|ed|ing)\s+on\s+to"
    r"|proceed(?:s|ed|ing)?\s+to|cross(?:es|ed|ing)?\s+into)\b",
    _I,
)
# "officials from A and B held talks in <C's city>": each travelled to C
VISIT_MEETING = re.compile(
    r"\b(?:(?:held|hold|holds|holding|had)\s+(?:[\w-]+\s+){0,4}?(?:talks|meetings?|a\s+summit)"
    r"|at\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:meeting|summit|talks)\s+(?:between|with))\b",
    _I,
)
# "X was in Abuja on Monday": presence abroad, only with a person and a foreign city
VISIT_PRESENCE = re.compile(
    r"\b(?:was|is|were|are)\s+(?:(?:still|also|now)\s+)?(?:expected\s+)?(?:in|at)\b", _I
)
# "a tour that will take Obama to South Korea": the guest is inside the cue
VISIT_TAKE = re.compile(
    r"\b(?:take|takes|took|taking|bring|brings|brought)\s+(?:[\w.'’-]+\s+){1,3}?to\b", _I
)
VISIT_NOUN = re.compile(
    r"\b(?:visits?|trips?|tours?\s+of|stopover|sojourn|(?:first|next|last|final)\s+stop"
    r"|stops\s+in)\b",
    _I,
)
VISIT_HOST = re.compile(
    r"\b(?:host(?:s|ed|ing)?|play(?:s|ed|ing)?\s+host\s+to|welcom(?:e|es|ed|ing)"
    r"|gave\s+(?:a\s+)?(?:\w+\s+){0,2}welcome\s+to|receiv(?:e|es|ed|ing)|greet(?:s|ed|ing)?)\b",
    _I,
)
VISIT_INVITE = re.compile(r"\binvit(?:e|es|ed|ing|ation)\b", _I)

TREATY_NOUN = re.compile(
    r"\b(?:treat(?:y|ies)|pacts?|accords?|agreements?|memorand(?:um|a|ums)|mous?|deals?"
    r"|conventions?|protocols?|charter|(?:strategic\s+|comprehensive\s+)partnership"
    r"|cooperation\s+documents?|armistice|ceasefire\s+agreement)\b",
    _I,
)
TREATY_VERB = re.compile(
    r"\b(?:sign(?:s|ed)?\s+up\s+(?:to|for)|accede(?:s|d)?\s+to|accession\s+to"
    r"|join(?:s|ed|ing)?|sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying|ication)"
    r"|initial(?:l)?ed|seal(?:s|ed|ing)?|clinch(?:es|ed|ing)?|str(?:uck|ike|ikes)"
    r"|enter(?:s|ed)?\s+into\s+force|entry\s+into\s+force|c[ao]me\s+into\s+force"
    r"|(?:took|takes)\s+effect"
    r"|forg(?:e|ed|es|ing)|renew(?:s|ed|ing)?|extend(?:s|ed|ing)?"
    r"|negotiat(?:e|es|ed|ing|ion|ions)|talks|draft(?:s|ed|ing)?|propos(?:e|es|ed|ing)"
    r"|reached|put\s+(?:their|its|his|her)\s+(?:names?|signatures?)\s+to"
    r"|unveil(?:s|ed|ing)?"
    r"|withdr(?:ew|aw|aws|awn|awal|awing)|pull(?:s|ed|ing)?\s+(?:[\w.]+\s+){0,3}?out\s+of"
    r"|pull(?:s|ed|ing)?\s+out|suspend\w*|suspension"
    r"|scrap\w*|abandon\w*|terminat\w*|annul\w*|revok\w*|t(?:ore|ear)\s+up|exit(?:s|ed|ing)?"
    r"|quit(?:s|ting)?|renounc\w*|abrogat\w*)\b",
    _I,
)
TREATY_REVERSE = re.compile(
    r"withdr|pull|suspen|scrap|abandon|terminat|annul|revok|tore|tear|exit|quit|renounc|abrogat",
    _I,
)
TREATY_PLAN_VERB = re.compile(r"negotiat|talks|draft|propos", _I)

SANCTION = re.compile(
    r"\b(?:sanction(?:s|ed|ing)?|embargo(?:es|ed)?|blacklist(?:s|ed|ing)?|asset\s+freezes?"
    r"|(?:froze|freez(?:e|es|ing))\s+(?:the\s+)?(?:\w+\s+){0,2}assets"
    r"|(?:export|import|trade|travel|arms|oil)\s+(?:bans?|restrictions|curbs)"
    r"|boycott(?:s|ed|ing)?|punitive\s+measures|restrictive\s+measures)\b",
    _I,
)
SANCTION_NOT = re.compile(r"[\s-]*(?:busting|buster|evasion|evading|dodging|proof)\b", _I)
BOYCOTT_NOT = re.compile(
    r"\w*\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:elections?|votes?|polls?|talks|meetings?|summit"
    r"|ceremony|session|referendum|parliament|hearings?|classes|debate)\b",
    _I,
)

# the gate runs on lower-cased text: no IGNORECASE, which is several times faster
ANY_CUE = re.compile(
    r"\b(?:visit|trips?\b|tour|arriv|landed|lands\s+in|travel|flew|fly|flies|stay|host|welcom"
    r"|left|leaves?\b|leaving|depart|head|cross|en\s+route|was\s+in|is\s+in|were\s+in|are\s+in|expected\s+in"
    r"|take|took|bring|brought|mov|proceed"
    r"|receiv|greet|invit|treat|pacts?\b|accord|agreement|memorand|mous?\b|deals?\b|talks"
    r"|meeting|summit"
    r"|convention|protocol|charter|partnership|cooperation\s+documents|armistice|sanction"
    r"|embargo|blacklist|asset\s+freeze|freez|froze|(?:export|import|trade|travel|arms|oil)"
    r"\s+(?:bans?|restrictions|curbs)|boycott|punitive\s+measures|restrictive\s+measures)",
)

# ---- status words
NEGATION = re.compile(r"\b(?:not|n't|never|no|neither|nor|without)\b|n't\b", _I)
VISIT_REVERSE = re.compile(
    r"\b(?:would\s+have\s+(?:been|visited|travell?ed|gone)|cancel(?:l)?(?:ed|s|ing|ation)?|postpon\w+|call(?:s|ed|ing)?\s+off|put\s+off"
    r"|defer(?:s|red|ring)?|scrap(?:s|ped|ping)?|shelv(?:e|ed|es|ing)|delay(?:s|ed|ing)?"
    r"|scuttl\w+|abort\w*|on\s+hold)\b",
    _I,
)
PLANNED = re.compile(
    r"\b(?:will|would|shall|'ll|plan(?:s|ned|ning)?|planning|set\s+to|due\s+to|expected"
    r"|scheduled|intend(?:s|ed)?|hop(?:e|es|ed|ing)\s+to|aim(?:s|ed|ing)?\s+to|agreed\s+to"
    r"|upcoming|forthcoming|proposed|possible|potential|prospective|next|(?-i:may)|might|could"
    r"|to\s+be\s+held|wants?\s+to|eager\s+to|prepar(?:e|es|ed|ing)\s+to|is\s+to|are\s+to"
    r"|was\s+to|were\s+to|seek(?:s|ing)?\s+to|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?"
    r"|invit\w*|offer(?:s|ed)?\s+to|ready\s+to|eyed|slated|tentative|likely|once"
    r"|to\s+(?:begin|start|make|pay|undertake|embark|kick\s+off|head|travel|leave))\b",
    _I,
)
INFINITIVE_BEFORE = re.compile(r"\bto\s*$", _I)
SANCTION_REVERSE = re.compile(
    r"(?<!-)\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|waiv(?:e|es|ed|ing|er|ers)"
    r"|remov(?:e|es|ed|ing|al)|relax(?:es|ed|ing|ation)?|roll(?:s|ed|ing)?\s+back|rollback"
    r"|end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|suspend(?:s|ed|ing)?|suspension"
    r"|unfreez(?:e|es|ing)|unfroze|fail(?:s|ed)?\s+(?:\w+\s+){0,3}?to\s+renew|not\s+to\s+renew|relief"
    r"|exempt\w*|repeal\w*|revok\w*|drop(?:s|ped|ping)?|cancel\w*)\b",
    _I,
)
SANCTION_PLANNED = re.compile(
    r"\b(?:threat(?:en|ens|ened|ening)?|could|would|(?-i:may)|might|will|shall|'ll"
    r"|plan(?:s|ned|ning)?\s+to|consider(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)"
    r"|propos(?:e|es|ed|ing|al)|push(?:es|ed|ing)?\s+for|seek(?:s|ing)?|sought|warn(?:s|ed|ing)?"
    r"|recommend(?:s|ed|ing)?|(?:authority|power|powers|mandate)\s+to\s+(?:\w+\s+)?impose"
    r"|vow(?:s|ed)?|prepar(?:e|es|ed|ing)|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|demand(?:s|ed|ing)?"
    r"|ask(?:s|ed|ing)?\s+for|possible|potential|impending|looming|fac(?:e|es|ed|ing)"
    r"|expected\s+to|set\s+to|ready\s+to|want(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)"
    r"|(?<!agreed\s)(?<!decided\s)(?<!voted\s)(?<!moved\s)to\s+(?:soon\s+)?"
    r"(?:begin\s+)?(?:impose|slap|introduce|adopt|expand|extend|reimpose|reinstat(?:e|ing)))\b",
    _I,
)
OPINION = re.compile(
    r"\b(?:fears?|feared|worr(?:y|ies|ied)|concerns?|risk\s+of|lead\s+to|led\s+to"
    r"|criticiz\w+|criticis\w+|condemn\w*|effects?\s+of|impact\s+of|despite|because\s+of"
    r"|due\s+to|amid)\b",
    _I,
)

# ---- actor context
TITLE_AFTER = re.compile(
    r"\s+(?:[\w.'-]+\s+){0,3}?(?:president|minister|premier|leader|government|officials?"
    r"|king|queen|emir|prince|princess|sultan|chancellor|delegation|ambassador|envoy|diplomats?"
    r"|counterpart|head|secretary|negotiators?|parliament|regime|administration|authorities"
    r"|embassy|ministry|side|state|leadership|cabinet"
    r"|dictator|monarch|sheikh|crown|speaker|lawmakers|legislators|junta|strongman|ruler"
    r"|spokesman|spokeswoman|spokesperson|foreign|defence|defense|trade|vice|deputy|top"
    r"|advis[eo]rs?)\b",
    _I,
)
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|to|at|into|near|outside|from|visit(?:s|ed)?|tour(?:s|ed|ing)?|reach(?:ed)?"
    r"|via|toward|towards|across|throughout)\s+(?:the\s+)?$",
    _I,
)
ATTRIBUTION = re.compile(
    r"[,;]\s+(?:[^,;]{0,90}?)\b(?:said|says|told|reported|quoted|according\s+to|announced"
    r"|added|stated|wrote|reports)\b(?![^,;]*\bthat\b)[^,;]{0,70}$",
    _I,
)
TWO_SIDES = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|nations|neighbours|neighbors|leaders|sides|governments"
    r"|presidents|states|heads\s+of\s+state|premiers|prime\s+ministers|capitals|allies)\b",
    _I,
)
HIS_HOST = re.compile(r"\b(?:his|her|their)\s+hosts?\b", _I)
FIRST_SINCE = re.compile(
    r"\bfirst\b[^;]{0,80}?\bsince\b(?:\s+(?!(?:the|a|an)\b)[\w.'’-]+){0,3}?\s+(?:in\s+)?"
    r"((?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+)?((?:19|20)\d\d)\b",
    _I,
)
PLACE_AFTER = re.compile(
    r"\b(?:in|at|to)\s+(?:the\s+)?((?:[A-Z][\w'-]+)(?:\s+(?:[A-Z][\w'-]+|de|al|el|la)){0,3})"
)
# a capital acts (metonym) when a verb, a possessive or the clause end follows it
METONYM_AFTER = re.compile(
    r"(?:['’]s\b|\s*[,.;:)\"”]|\s*$|\s+(?:has|have|had|is|was|were|will|would|could|may|might"
    r"|did|does|said|says|and|on|in|to|also|has|for|over|with|against|held|met|made|took|gave"
    r"|sent|told|won|lost|saw|began|left|came|went|got|put|set|[a-z]+(?:ed|es))\b)"
)
# a group that travels but is not an official visit: troops, tourists, teams
NON_OFFICIAL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|soldiers|peacekeep\w*|contingent|military|army"
    r"|navy|warships?|jets?|aircraft|refugees|migrants|tourists|fans|players|team|squad"
    r"|athletes|students|pilgrims|workers|citizens|nationals|businessmen|investors)\b",
    re.I,
)
# words that may stand between a host-side verb and its guest ("welcomed the visiting ...")
GUEST_GAP_WORDS = frozenset(
    [
        "to",
        "the",
        "a",
        "visiting",
        "delegation",
        "of",
        "from",
        "on",
        "in",
        "at",
        "his",
        "her",
        "their",
        "counterpart",
        "warmly",
        "today",
        "yesterday",
        "here",
        "officially",
        "formally",
        "also",
    ]
)
EVENT_OBJECT = re.compile(
    r"\b(?:meeting|summit|talks|conference|forum|session|event|games|cup|championship"
    r"|negotiations|ceremony|exhibition|festival|round|dialogue)\b",
    re.I,
)
ASIDE_BEFORE = re.compile(
    r"\b(?:including|such\s+as|like|notably|especially|except|besides|among\s+them)\s+(?:the\s+)?$",
    re.I,
)
# a state name inside an organisation's or a company's name: "Bank of India", "Gibraltar
# Financial Corp", "Electronic Industries Association of Japan"
ORG_NAME_BEFORE = re.compile(
    r"(?:\b|(?=>))(?:Bank|Association|Corporation|Corp|Company|Federation|University|Chamber|Institute"
    r"|Society|Council|Industries|Airlines|Airways|Petroleum|Exchange|Fund|Foundation|Museum"
    r"|Times|Post|News|Group|Holdings|Motors|Steel|Railways?|Insurance|Trust|>)\s+of\s+(?:the\s+)?$"
)
ORG_NAME_AFTER = re.compile(
    r"\s+(?:[A-Z][\w&.-]*\s+){0,2}?(?:Bank|Banking|Financial|Savings|Corp|Corporation|Inc|Co"
    r"|Ltd|Plc|Holdings|Industries|Airlines|Airways|Petroleum|Motors|Steel|Telecom|Insurance"
    r"|Trust|Capital|Securities|Investment|Investments|Group|Enterprises|Electric|Power"
    r"|Energy|Oil|Gas|Mining|Resources|Development\s+Inc|Based|[Dd]lrs|[Dd]ollars?|[Rr]ound)\b"
)
# what a host-side verb welcomes when it is not a guest: "welcomed the U.S. decision"
THING_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,4}?(?:decision|statement|move|proposal|plan|offer|report|call"
    r"|news|initiative|agreement|deal|announcement|ruling|efforts?|steps?|policy|position|role"
    r"|support|idea|suggestion|remarks|comments|invitation|bid|request|vote|victory|election"
    r"|aid|action|measures?|approach|stance|signal|gesture|pledge|commitment)\b",
    re.I,
)
