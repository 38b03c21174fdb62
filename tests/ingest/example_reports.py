"""Example news reports written for these tests (invented places and people).

They model the cases the duplicate finder must tell apart: a wire story and its
syndicated copies (new headline, a sentence trimmed, light edits, a "Source:" line),
and independent reports of the same event that share its facts but not its words.
"""

WIRE = """VARENKA, March 12 - A drone strike on a grain terminal in the port town of Varenka killed four workers and injured eleven on Tuesday night, the regional governor said.
Governor Ilona Marsh wrote on her official channel that the drones hit two storage silos shortly before midnight, starting a fire that burned until dawn. Three of the injured were in serious condition, she said.
Port officials said about 2,000 tonnes of wheat bound for export had been destroyed. Loading at the terminal was suspended and would resume only after engineers had inspected the quay.
The military said air defences shot down nine of the twelve drones launched at the region overnight. It did not say where the remaining three had struck.
The terminal has been hit at least five times since January. Shipping companies said insurance premiums for vessels calling at Varenka had doubled over the past month.
Neither side commented on the strike on Wednesday morning."""

# The wire story as a partner site ran it: dateline and last sentence cut, two small
# edits, and the agency credited on a line of its own.
WIRE_SYNDICATED = """A drone strike on a grain terminal in the port town of Varenka killed four workers and injured eleven late on Tuesday, the regional governor said.
Governor Ilona Marsh wrote on her official channel that the drones hit two storage silos shortly before midnight, starting a fire that burned until dawn. Three of the injured were in a serious condition, she said.
Port officials said about 2,000 tonnes of wheat bound for export had been destroyed. Loading at the terminal was suspended and would resume only after engineers had inspected the quay.
The military said air defences shot down nine of the twelve drones launched at the region overnight. It did not say where the remaining three had struck.
The terminal has been hit at least five times since January. Shipping companies said insurance premiums for vessels calling at Varenka had doubled over the past month.
Source: Northwire"""

# The same event, reported by another outlet in its own words.
INDEPENDENT = """Four people died when drones attacked the grain terminal in Varenka late on Tuesday, according to governor Ilona Marsh. Eleven more were hurt, three of them badly.
Marsh said two silos were struck just before midnight and the fire was only put out in the morning. The port authority estimated that around 2,000 tonnes of wheat were lost and said loading had been halted until the quay is checked.
According to the armed forces, nine of twelve drones sent towards the region were downed. Varenka's terminal has been targeted repeatedly this year, and shipowners complain that the cost of insuring ships has doubled since February."""

# A third outlet: short, and leaning on the governor's own words.
INDEPENDENT_SHORT = """Governor Ilona Marsh said on Wednesday that four workers were killed and eleven injured when drones struck the Varenka grain terminal before midnight on Tuesday. Two silos caught fire and about 2,000 tonnes of export wheat burned. The army said it downed nine of the twelve drones sent at the region."""

# Another strike told by the same agency with the same house template: similar
# wording, different event. It must not be taken for a copy either.
SAME_TEMPLATE = """OSTRAVETS, March 14 - A drone strike on a fuel depot in the river town of Ostravets killed two guards and injured six on Thursday night, the regional governor said.
Governor Pavel Dunaj wrote on his official channel that the drones hit three fuel tanks shortly after midnight, starting a fire that burned for six hours. One of the injured was in serious condition, he said.
Depot managers said about 500 tonnes of diesel had been lost. Deliveries from the depot were suspended and would resume only after the tanks had been inspected.
The military said air defences shot down seven of the ten drones launched at the region overnight. It did not say where the remaining three had struck.
Neither side commented on the strike on Friday morning."""

# A short item (about 60 words) and the same item as a partner site ran it.
BRIEF = """Police in Halden Cross said two people were wounded when a grenade was thrown into a cafe on Market Street on Saturday evening. The attacker fled on a motorbike and has not been found. Investigators are examining camera footage from nearby shops, a police spokeswoman said, and asked witnesses to come forward."""

BRIEF_SYNDICATED = """Police in Halden Cross said two people were injured when a grenade was thrown into a cafe on Market Street on Saturday evening. The attacker fled on a motorbike and has not been found. Investigators are examining camera footage from nearby shops, a police spokeswoman said.

Source: Coastline News Agency"""

BRIEF_INDEPENDENT = """A grenade attack on a Market Street cafe in Halden Cross left two customers wounded on Saturday night. Witnesses told our reporter the assailant escaped on a motorcycle. Police are reviewing shop cameras and appealed for anyone who saw the attack to contact them."""
