/** The words around the map, shared by the page, the embed and the static image. */
export const TITLE = 'Northern Kosovo, 2023: where the crisis happened';
export const DEK =
	'The Zvečan clashes of May, the Banjska ambush and monastery siege of 24 September, the four Serb-majority municipalities, and the military deployments reported along the Kosovo–Serbia boundary. Choose a place to read what the sources say, and who says it.';

/** The static map's text alternative: what it shows, in the words of the legend. */
export const STATIC_ALT =
	'Map of northern Kosovo. Red dots mark the incidents: the Banjska monastery siege and, as an approximate ring, the police ambush near Banjska (both 24 September 2023), and, as an approximate ring, the clashes in Zvečan (May 2023). Grey outlines show the municipalities of Leposavić, Zvečan and Zubin Potok, and a ring marks the town of North Mitrovica, whose own boundary is not available. A black line is the Kosovo–Serbia boundary; an orange band 15 km wide on the Serbian side stands for the reported deployment of the Serbian Armed Forces (an approximate area: no positions or depth were published); a dashed blue line marks the area of the reported KFOR reinforcement. The list of places gives each place with what the sources say.';
