/** The words around the map, shared by the page, the embed and the static image. */
export const TITLE = 'Northern Kosovo, 2023: where the crisis happened';
export const DEK =
	'The Zvečan clashes of May, the Banjska ambush and monastery siege of 24 September, the four Serb-majority municipalities, and the military deployments reported along the Kosovo–Serbia boundary. Choose a place to read what the sources say, and who says it.';
