"""The verbs that attribute speech: one list for the cue finder, the brief and the splitter."""

SPEECH_VERBS = (
    r"(?i:said|says|say|saying|added|adds|adding|told|tells|telling|continued|continues|explained|explaining|"
    r"insisted|insisting|argued|argues|arguing|warned|warning|stated|stating|wrote|writes|writing|asked|"
    r"asks|replied|noted|notes|noting|claimed|claims|claiming|declared|declares|announced|acknowledged|"
    r"admitted|recalled|suggested|urged|stressed|emphasised|emphasized|observed|remarked|tweeted|posted|captioned|"
    r"responded|warns|reads|read|reveals|revealed|reported|reports|predicted|promised|vowed|joked|quipped|"
    r"conceded|countered|concluded|complained|boasted|shouted|exclaimed|confessed|cautioned|pleaded|"
    r"demanded|insists|whispered|testified|mused|recounted|acknowledges|maintained|commented|comments|"
    r"sings|sang|yells|yelled|shouts|concludes|explains|answered|points out|pointed out|admits|responds|"
    r"observes|asserts|asserted|contends|contended|barked|boomed|beamed|snapped|retorted|shot back|"
    r"fired back|hit back|lamented|laments|bemoaned|thundered|proclaimed|chanted|wondered|cried|sighed|"
    r"gushed|raged|scoffed|pledged|pledges|promises|assured|assures|blasted|mocked|mocks|asking|declaring|"
    r"remarking|retaliated|commenting|revealing|admitting|recalling|stressing|tweeting|posting|joking|"
    r"boasting|complaining|confirmed|confirms"
    r")"  # not "tweets", "answers", "recalls": nouns as often as verbs; "pledged" … "remarking" are
    # the cue words of PolNeAR train's direct quotes that were missing (speaker on dev +3 quotes);
    # "commenting" … "complaining" are the -ing forms of verbs above ("one user commenting: '…'")
)

#: The plainest of them: a lone capitalised word right before one is somebody ("Warren said"),
#: where "Apple reports" or "the Post read" are not.
PLAIN_SPEECH_VERBS = ("said", "says", "told", "added", "stated", "warned", "argued", "claimed", "explained")
