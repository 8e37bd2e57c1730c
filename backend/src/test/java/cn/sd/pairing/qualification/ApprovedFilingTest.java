package cn.sd.pairing.qualification;

import cn.sd.pairing.ApiTest;
import cn.sd.pairing.review.Decision;

/** Base of the tests after approval: a filing taken through every review step on the real engine. */
public abstract class ApprovedFilingTest extends ApiTest {

  /** A zone_jinan–山东大学 filing confirmed, passed by the city and approved by both provincial departments. */
  protected long approved() {
    long id = submitted("zone_jinan", "U001");
    decide(id, "counterpartConfirm", "univ_sdu", Decision.APPROVE);
    decide(id, "cityReview", "city_jinan", Decision.APPROVE);
    decide(id, "provinceEduReview", "prov_edu", Decision.APPROVE);
    decide(id, "provinceStReview", "prov_st", Decision.APPROVE);
    return id;
  }
}
