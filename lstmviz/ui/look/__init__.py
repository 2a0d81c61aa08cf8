"""How the window looks: colours and fonts, text measured in rendered pixels, sizes that fit the screen."""
